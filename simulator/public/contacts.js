// The Google Contacts panel: the selected user's labels (contact groups) and contacts, copies the add-on made marked
// "shared", and the edits a person makes in Google Contacts directly (they bypass the add-on; the next sync judges them).
/* global FormData */
import { api, clear, el, flash } from './dom.js';

export class ContactsPanel {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.filter = '';
    this.editing = '';
  }

  async act(path, body) {
    try {
      this.data = await api('POST', path, { user: this.app.user, ...body });
      this.editing = '';
      await this.app.changed();
    } catch (e) {
      flash(e.message, 'error');
    }
  }

  async render() {
    this.data = await api('GET', `/api/contacts?user=${encodeURIComponent(this.app.user)}`);
    this.draw();
  }

  labelList() {
    const { groups, contacts } = this.data;
    const item = (key, text, count, shared) => el('button', {
      class: this.filter === key ? 'active' : '', dataset: { testid: 'contacts-label', label: text },
      onclick: () => { this.filter = key; this.draw(); },
    }, el('span', {}, text, shared ? el('span', { class: 'badge shared', style: { marginLeft: '6px' } }, 'shared') : null), el('span', { class: 'muted' }, String(count)));
    return el('div', { class: 'label-list', dataset: { testid: 'contacts-labels' } },
      item('', 'All contacts', contacts.length, false),
      groups.map((g) => item(g.resourceName, g.name, g.memberCount, g.shared)));
  }

  createForms() {
    const groups = this.data.groups;
    const form = el('form', { class: 'row', dataset: { testid: 'create-contact-form' }, onsubmit: (e) => { e.preventDefault(); this.act('/api/contacts/create', Object.fromEntries(new FormData(form))); } },
      el('label', {}, 'First name', el('input', { name: 'givenName', required: true })),
      el('label', {}, 'Last name', el('input', { name: 'familyName' })),
      el('label', {}, 'Email', el('input', { name: 'email', type: 'email' })),
      el('label', {}, 'Phone', el('input', { name: 'phone' })),
      el('label', {}, 'Label', el('select', { name: 'group' }, el('option', { value: '' }, '(none)'),
        groups.map((g) => el('option', { value: g.resourceName, selected: g.resourceName === this.filter }, g.name)))),
      el('button', { class: 'btn btn-filled', type: 'submit' }, 'Create contact'));
    const labelForm = el('form', { class: 'row', dataset: { testid: 'create-label-form' }, onsubmit: (e) => { e.preventDefault(); this.act('/api/contacts/create-group', Object.fromEntries(new FormData(labelForm))); } },
      el('label', {}, 'New label', el('input', { name: 'name', required: true })),
      el('button', { class: 'btn', type: 'submit' }, 'Create label'));
    return [form, labelForm];
  }

  editRow(c) {
    const form = el('form', { class: 'row', dataset: { testid: 'edit-contact-form' }, onsubmit: (e) => { e.preventDefault(); this.act('/api/contacts/edit', { resourceName: c.resourceName, ...Object.fromEntries(new FormData(form)) }); } },
      el('label', {}, 'First name', el('input', { name: 'givenName', value: c.givenName })),
      el('label', {}, 'Last name', el('input', { name: 'familyName', value: c.familyName })),
      el('label', {}, 'Phone', el('input', { name: 'phone', value: c.phones[0] || '' })),
      el('button', { class: 'btn btn-filled', type: 'submit', dataset: { testid: 'save-contact' } }, 'Save'),
      el('button', { class: 'btn btn-borderless', type: 'button', onclick: () => { this.editing = ''; this.draw(); } }, 'Cancel'));
    return el('tr', { class: 'selected' }, el('td', { colspan: 6 }, form));
  }

  row(c) {
    if (this.editing === c.resourceName) return this.editRow(c);
    const groups = this.data.groups;
    const chips = c.labels.map((name) => {
      const g = groups.find((x) => x.name === name);
      return el('span', { class: 'chip' }, name, el('button', {
        title: `Remove from ${name}`, dataset: { testid: 'remove-from-label' },
        onclick: () => this.act('/api/contacts/remove-from-group', { resourceName: c.resourceName, group: g.resourceName }),
      }, '×'));
    });
    return el('tr', { dataset: { testid: 'contact-row', name: c.name, resource: c.resourceName } },
      el('td', {}, el('div', { dataset: { testid: 'contact-name' } }, c.name), c.organization ? el('div', { class: 'muted' }, c.organization) : null),
      el('td', {}, c.emails.join(', ')),
      el('td', { dataset: { testid: 'contact-phone' } }, c.phones.join(', ')),
      el('td', {}, chips),
      el('td', {}, c.shared ? el('span', { class: 'badge shared', dataset: { testid: 'shared-badge' }, title: `copy of master ${c.master}` }, 'shared') : null),
      el('td', {},
        el('button', { class: 'btn btn-borderless', dataset: { testid: 'edit-contact' }, onclick: () => { this.editing = c.resourceName; this.draw(); } }, 'Edit'),
        el('button', { class: 'btn btn-borderless danger', dataset: { testid: 'delete-contact' }, onclick: () => this.act('/api/contacts/delete', { resourceName: c.resourceName }) }, 'Delete')));
  }

  draw() {
    const root = clear(this.root);
    const { contacts, groups } = this.data;
    const shown = this.filter ? contacts.filter((c) => c.labels.includes((groups.find((g) => g.resourceName === this.filter) || {}).name)) : contacts;
    const table = el('table', { class: 'grid', dataset: { testid: 'contacts-table' } },
      el('tr', {}, ['Name', 'Email', 'Phone', 'Labels', '', ''].map((h) => el('th', {}, h))),
      shown.map((c) => this.row(c)));
    root.append(
      el('h2', {}, `Google Contacts of ${this.app.user}`),
      el('p', { class: 'muted' }, 'Changes made here go straight to Google Contacts (People API as this user), not through the add-on.'),
      el('div', { class: 'layout-2' }, this.labelList(), el('div', {}, this.createForms(), shown.length ? table : el('p', { class: 'muted' }, 'No contacts here.'))));
  }
}
