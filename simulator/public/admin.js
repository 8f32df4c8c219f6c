// The Admin console panel: accounts (suspend, unsuspend, delete, domain-wide delegation), groups and their members,
// new users, and the service account key the admin pastes into the add-on's settings.
/* global FormData */
import { api, clear, el, flash } from './dom.js';

export class AdminPanel {
  constructor(root, app) {
    this.root = root;
    this.app = app;
  }

  async act(verb, body) {
    try {
      await api('POST', `/api/admin/${verb}`, body);
      flash(`Admin console: ${verb} done.`);
      await this.app.changed();
    } catch (e) {
      flash(e.message, 'error');
    }
  }

  accountRow(a) {
    const btn = (text, verb, testid, cls) => el('button', { class: `btn btn-borderless ${cls || ''}`, dataset: { testid }, onclick: () => this.act(verb, { user: a.email }) }, text);
    const deleted = a.state === 'deleted';
    return el('tr', { dataset: { testid: 'account-row', email: a.email } },
      el('td', {}, el('div', {}, a.name), el('div', { class: 'muted' }, a.email)),
      el('td', {}, el('span', { class: `badge ${a.state === 'active' ? '' : a.state}`, dataset: { testid: 'account-state' } }, a.state),
        a.admin ? el('span', { class: 'badge muted' }, 'admin') : null, a.external ? el('span', { class: 'badge muted' }, 'external') : null),
      el('td', {}, a.external ? el('span', { class: 'muted' }, 'n/a') : el('span', { class: `badge ${a.dwdAuthorized ? '' : 'error'}`, dataset: { testid: 'dwd-state' } }, a.dwdAuthorized ? 'authorised' : 'revoked')),
      el('td', { class: 'muted' }, `${a.locale} · ${a.timeZone}`),
      el('td', {},
        deleted || a.external ? null : a.state === 'suspended' ? btn('Unsuspend', 'unsuspend', 'unsuspend') : btn('Suspend', 'suspend', 'suspend'),
        deleted ? null : btn('Delete', 'delete', 'delete-user', 'danger'),
        deleted || a.external ? null : a.dwdAuthorized ? btn('Revoke delegation', 'revokeDelegation', 'revoke-delegation') : btn('Restore delegation', 'restoreDelegation', 'restore-delegation')));
  }

  groupBlock(g) {
    const form = el('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); this.act('addMember', { group: g.email, member: new FormData(form).get('member') }); } },
      el('label', {}, 'Add member', el('input', { name: 'member', list: 'account-list', required: true, dataset: { testid: 'add-member-input' } })),
      el('button', { class: 'btn', type: 'submit', dataset: { testid: 'add-member' } }, 'Add to group'));
    return el('div', { class: 'message-view', dataset: { testid: 'group', email: g.email } },
      el('div', {}, el('b', {}, g.name), ' ', el('span', { class: 'muted' }, g.email)),
      el('div', {}, g.members.map((m) => el('span', { class: 'chip', dataset: { testid: 'group-member' } }, m,
        el('button', { title: `Remove ${m}`, onclick: () => this.act('removeMember', { group: g.email, member: m }) }, '×')))),
      form);
  }

  async render() {
    const root = clear(this.root);
    const s = this.app.state;
    root.append(el('datalist', { id: 'account-list' }, s.accounts.map((a) => el('option', { value: a.email }))));
    root.append(el('h2', {}, `Admin console · ${s.domain}`));
    root.append(el('table', { class: 'grid', dataset: { testid: 'accounts-table' } },
      el('tr', {}, ['Account', 'State', 'Domain-wide delegation', 'Locale', ''].map((h) => el('th', {}, h))),
      s.accounts.map((a) => this.accountRow(a))));
    const add = el('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); this.act('addUser', Object.fromEntries(new FormData(add))); } },
      el('label', {}, 'New user', el('input', { name: 'user', required: true, placeholder: `frank@${s.domain}` })),
      el('label', {}, 'First name', el('input', { name: 'givenName' })),
      el('label', {}, 'Last name', el('input', { name: 'familyName' })),
      el('button', { class: 'btn', type: 'submit' }, 'Add user'));
    root.append(add, el('h3', {}, 'Groups'), ...s.groups.map((g) => this.groupBlock(g)));
    root.append(el('h3', {}, 'Service accounts and domain-wide delegation'));
    if (!s.serviceAccounts.length) root.append(el('p', { class: 'muted' }, 'No service-account key yet: the admin creates one when setting the add-on up.'));
    for (const k of s.serviceAccounts) {
      root.append(el('p', { dataset: { testid: 'service-account' } }, el('code', {}, k.clientEmail), ` · client id ${k.clientId}`, k.revoked ? el('span', { class: 'badge error' }, 'key deleted') : null,
        el('br'), el('span', { class: 'muted' }, k.dwdScopes.length ? `Delegation authorised for ${k.dwdScopes.join(', ')}` : 'Domain-wide delegation not authorised')));
    }
    root.append(el('h3', {}, 'Spreadsheets'));
    if (!s.spreadsheets.length) root.append(el('p', { class: 'muted' }, 'None yet (the add-on\'s backing spreadsheet appears here once the admin creates it).'));
    for (const x of s.spreadsheets) root.append(el('p', {}, el('b', {}, x.title), ` · owned by ${x.owner} · sheets ${x.sheets.join(', ')}`));
  }
}
