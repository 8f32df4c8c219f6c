// The page: who is signed in, their language, the virtual clock, the tabs (Gmail, Contacts, Admin console, Run log,
// Faults) and the add-on's sidebar. The selected user and tab live in the URL (?user=…&tab=…) so a link reopens them.
/* global URLSearchParams, document, history, location, window */
import { api, clear, el, flash, formatTime } from './dom.js';
import { Sidebar } from './sidebar.js';
import { GmailPanel } from './gmail.js';
import { ContactsPanel } from './contacts.js';
import { AdminPanel } from './admin.js';
import { RunsPanel, FaultsPanel } from './runs.js';

class App {
  constructor() {
    this.state = null;
    this.ready = false;
    this.messages = [];
    const params = new URLSearchParams(location.search);
    this.user = params.get('user') || '';
    this.tab = params.get('tab') || 'gmail';
    this.sidebar = new Sidebar(document.querySelector('[data-testid="sidebar"]'), this);
    this.panels = {
      gmail: new GmailPanel(document.querySelector('[data-panel="gmail"]'), this),
      contacts: new ContactsPanel(document.querySelector('[data-panel="contacts"]'), this),
      admin: new AdminPanel(document.querySelector('[data-panel="admin"]'), this),
      runs: new RunsPanel(document.querySelector('[data-panel="runs"]'), this),
      faults: new FaultsPanel(document.querySelector('[data-panel="faults"]'), this),
    };
  }

  async start() {
    await this.refreshState();
    const accounts = this.state.accounts;
    if (!accounts.some((a) => a.email === this.user)) {
      this.user = (accounts.find((a) => a.email.startsWith('alice@')) || accounts.find((a) => !a.admin && a.state === 'active') || accounts[0]).email;
    }
    document.querySelector('[data-testid="user-select"]').addEventListener('change', (e) => this.switchUser(e.target.value));
    document.querySelector('[data-testid="locale-select"]').addEventListener('change', (e) => this.setLocale(e.target.value));
    document.querySelector('[data-testid="advance-hour"]').addEventListener('click', () => this.advance(3600000));
    document.querySelector('[data-testid="advance-day"]').addEventListener('click', () => this.advance(24 * 3600000));
    for (const t of document.querySelectorAll('.tab')) t.addEventListener('click', () => this.showTab(t.dataset.tab));
    this.renderTop();
    this.showTab(this.tab);
    await this.switchUser(this.user);
    this.ready = true;
    document.body.dataset.ready = 'true';
  }

  account(email) {
    return this.state.accounts.find((a) => a.email === email);
  }

  messageById(id) {
    return this.messages.find((m) => m.id === id);
  }

  async refreshState() {
    this.state = await api('GET', '/api/state');
    this.renderTop();
  }

  renderTop() {
    if (!this.state) return;
    const s = this.state;
    document.querySelector('[data-testid="domain"]').textContent = s.domain;
    document.querySelector('[data-testid="addon-name"]').textContent = s.addon.name;
    const users = document.querySelector('[data-testid="user-select"]');
    clear(users);
    for (const a of s.accounts) {
      const tag = a.external ? ' — external' : a.admin ? ' — admin' : '';
      const state = a.state === 'active' ? '' : ` (${a.state})`;
      users.append(el('option', { value: a.email, selected: a.email === this.user }, `${a.name} <${a.email}>${tag}${state}`));
    }
    const me = this.account(this.user);
    const locale = document.querySelector('[data-testid="locale-select"]');
    clear(locale);
    const names = { en: 'English', it: 'Italiano', nl: 'Nederlands', de: 'Deutsch' };
    for (const l of s.locales) locale.append(el('option', { value: l, selected: me && me.locale === l }, `${names[l] || l} (${l})`));
    document.querySelector('[data-testid="clock"]').textContent = formatTime(s.now, me ? me.timeZone : 'UTC');
    const notes = document.querySelector('[data-testid="notes"]');
    notes.textContent = (s.notes || []).join(' ');
    notes.hidden = !(s.notes || []).length;
  }

  showTab(tab) {
    if (!this.panels[tab]) tab = 'gmail';
    this.tab = tab;
    for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t.dataset.tab === tab);
    for (const p of document.querySelectorAll('.panel')) p.classList.toggle('active', p.dataset.panel === tab);
    this.remember();
    if (this.ready) this.panels[tab].render().catch((e) => flash(e.message, 'error'));
  }

  remember() {
    const q = new URLSearchParams({ user: this.user, tab: this.tab });
    history.replaceState(null, '', `?${q}`);
  }

  async switchUser(user) {
    this.user = user;
    this.remember();
    this.renderTop();
    this.messages = (await api('GET', `/api/gmail/inbox?user=${encodeURIComponent(user)}`)).messages;
    await Promise.all([this.sidebar.load(user), this.panels[this.tab].render()]);
  }

  async setLocale(locale) {
    await this.sidebar.post('/api/locale', { locale });
  }

  async advance(ms) {
    try {
      const out = await api('POST', '/api/clock/advance', { ms });
      const failed = out.runs.filter((r) => !r.ok).length;
      flash(`Clock advanced to ${out.now}: ${out.runs.length} trigger run(s)${failed ? `, ${failed} failed` : ''}.`, failed ? 'error' : '');
    } catch (e) {
      flash(e.message, 'error');
    }
    await this.changed('clock');
  }

  /** Something changed the world: refresh the header and the visible panel. */
  async changed() {
    await this.refreshState();
    this.messages = (await api('GET', `/api/gmail/inbox?user=${encodeURIComponent(this.user)}`)).messages;
    this.sidebar.renderMessage();
    await this.panels[this.tab].render();
  }
}

const app = new App();
window.simulatorApp = app;
app.start().catch((e) => {
  document.body.dataset.ready = 'error';
  flash(`The simulator could not start: ${e.message}`, 'error');
});
