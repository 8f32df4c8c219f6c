// The Gmail panel: the user's fake inbox, the open message, and "open a message from …", which runs the add-on's
// contextual trigger with the message's gmail object (messageId, threadId, accessToken, toRecipients, ccRecipients).
/* global FormData */
import { api, clear, el, flash, formatTime } from './dom.js';

export class GmailPanel {
  constructor(root, app) {
    this.root = root;
    this.app = app;
  }

  openId() {
    return this.app.sidebar.view && this.app.sidebar.view.messageId;
  }

  async open(id) {
    this.app.sidebar.show(await api('POST', '/api/gmail/open', { user: this.app.user, messageId: id }));
    await this.app.changed();
  }

  async close() {
    await this.app.sidebar.post('/api/sidebar/home', {});
  }

  async compose(form) {
    const data = Object.fromEntries(new FormData(form));
    try {
      const out = await api('POST', '/api/gmail/compose', { user: this.app.user, ...data });
      this.app.sidebar.show(out.sidebar);
      await this.app.changed();
    } catch (e) {
      flash(e.message, 'error');
    }
  }

  knownAddresses() {
    const set = new Set(this.app.state.accounts.map((a) => a.email));
    for (const m of this.app.messages) for (const a of [m.from, ...m.to, ...m.cc]) set.add(a);
    return [...set].sort();
  }

  async render() {
    const root = clear(this.root);
    const user = this.app.user;
    const openId = this.openId();
    const open = openId && this.app.messageById(openId);
    if (open) {
      root.append(el('div', { class: 'message-view', dataset: { testid: 'message-view' } },
        el('div', { class: 'subject' }, open.subject),
        el('div', {}, el('b', {}, 'From: '), open.from),
        el('div', {}, el('b', {}, 'To: '), open.to.join(', ')),
        open.cc.length ? el('div', {}, el('b', {}, 'Cc: '), open.cc.join(', ')) : null,
        el('div', { class: 'muted' }, formatTime(open.at, (this.app.account(user) || {}).timeZone), ' · message id ', open.id),
        el('p', { class: 'muted' }, '(The simulator keeps only the headers; the add-on reads them with GmailApp and the gmail event object\'s access token.)'),
        el('button', { class: 'btn', dataset: { testid: 'close-message' }, onclick: () => this.close() }, 'Close message')));
    }
    const datalist = el('datalist', { id: 'addresses' }, this.knownAddresses().map((a) => el('option', { value: a })));
    const form = el('form', { class: 'row', dataset: { testid: 'compose-form' }, onsubmit: (e) => { e.preventDefault(); this.compose(form); } },
      el('label', {}, 'From', el('input', { name: 'from', list: 'addresses', required: true, placeholder: 'giulia.bianchi@studiobianchi.it', dataset: { testid: 'compose-from' } })),
      el('label', {}, 'To', el('input', { name: 'to', list: 'addresses', value: user, dataset: { testid: 'compose-to' } })),
      el('label', {}, 'Cc', el('input', { name: 'cc', list: 'addresses', dataset: { testid: 'compose-cc' } })),
      el('label', {}, 'Subject', el('input', { name: 'subject', value: 'Hello', dataset: { testid: 'compose-subject' } })),
      el('button', { class: 'btn btn-filled', type: 'submit', dataset: { testid: 'compose-open' } }, 'Open message'));
    root.append(el('h2', {}, 'Open a message from …'), datalist, form);
    root.append(el('h2', {}, `Inbox of ${user}`));
    if (!this.app.messages.length) {
      root.append(el('p', { class: 'muted' }, 'No messages. Open one from someone above.'));
      return;
    }
    root.append(el('table', { class: 'grid', dataset: { testid: 'inbox' } },
      el('tr', {}, el('th', {}, 'From'), el('th', {}, 'Subject'), el('th', {}, 'To / Cc'), el('th', {}, 'Received')),
      this.app.messages.map((m) => el('tr', { class: `clickable${m.id === openId ? ' selected' : ''}`, dataset: { testid: 'inbox-row', id: m.id }, onclick: () => this.open(m.id) },
        el('td', {}, m.from), el('td', {}, m.subject), el('td', { class: 'muted' }, [...m.to, ...m.cc].join(', ')),
        el('td', { class: 'muted' }, formatTime(m.at, (this.app.account(user) || {}).timeZone))))));
  }
}
