// The Gmail add-on panel: draws the top card of the user's stack, with back, the overflow menu (card actions and the
// manifest's universal actions), notifications, opened links and Gmail's error bar; posts every click to the server.
/* global clearTimeout, document, setTimeout */
import { api, clear, el } from './dom.js';
import { collectInputs, paramsOf, renderCard } from './cards.js';

export class Sidebar {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.view = null;
    this.toastTimer = null;
    this.cardBox = root.querySelector('[data-testid="sidebar-card"]');
    this.footerBox = root.querySelector('[data-testid="sidebar-footer"]');
    this.menu = root.querySelector('[data-testid="sidebar-menu"]');
    root.querySelector('[data-testid="back"]').addEventListener('click', () => this.post('/api/sidebar/back', {}));
    root.querySelector('[data-testid="sidebar-home"]').addEventListener('click', () => this.post('/api/sidebar/home', {}));
    root.querySelector('[data-testid="menu-button"]').addEventListener('click', (ev) => {
      ev.stopPropagation();
      this.menu.hidden = !this.menu.hidden;
    });
    document.addEventListener('click', () => { this.menu.hidden = true; });
  }

  async load(user) {
    this.user = user;
    this.show(await api('GET', `/api/sidebar?user=${encodeURIComponent(user)}`));
  }

  async post(path, body) {
    try {
      this.show(await api('POST', path, { user: this.user, ...body }));
    } catch (e) {
      this.show({ ...(this.view || { stack: [], warnings: [] }), notification: undefined, link: undefined, error: e.message });
    }
    this.app.changed('sidebar');
  }

  /** A card action: the card's form inputs go with it, as Gmail sends them. */
  action(action) {
    const inputs = collectInputs([this.cardBox, this.footerBox]);
    return this.post('/api/sidebar/action', { function: action.function, parameters: paramsOf(action), ...inputs });
  }

  openLink(link) {
    this.showLink(link);
  }

  universal(label) {
    this.menu.hidden = true;
    return this.post('/api/sidebar/universal', { label });
  }

  showLink(link) {
    const bar = this.root.querySelector('[data-testid="sidebar-link"]');
    clear(bar);
    bar.hidden = !link;
    if (!link) return;
    bar.append(el('span', {}, 'The add-on opened a link: '), el('a', { href: link.url, target: '_blank', rel: 'noreferrer', dataset: { testid: 'link-url' } }, link.url),
      el('button', { class: 'close', title: 'Dismiss', onclick: () => { bar.hidden = true; } }, '×'));
  }

  showToast(text) {
    const toast = this.root.querySelector('[data-testid="toast"]');
    toast.textContent = text || '';
    toast.hidden = !text;
    clearTimeout(this.toastTimer);
    // Kept long enough for a person (and a test) to read; Gmail's snackbar stays a few seconds.
    if (text) this.toastTimer = setTimeout(() => { toast.hidden = true; }, 6000);
  }

  renderMenu(card) {
    clear(this.menu);
    const actions = (card && card.cardActions) || [];
    for (const a of actions) {
      this.menu.append(el('button', { class: 'menu-item', onclick: () => { this.menu.hidden = true; if (a.onClick?.action) this.action(a.onClick.action); else if (a.onClick?.openLink) this.showLink(a.onClick.openLink); } }, a.actionLabel));
    }
    if (actions.length) this.menu.append(el('hr'));
    for (const u of this.app.state.addon.universalActions) {
      this.menu.append(el('button', { class: 'menu-item', dataset: { testid: `universal-${u.label}` }, onclick: () => this.universal(u.label) }, u.label));
    }
  }

  /** The open message's banner (messages may load after the view that names it). */
  renderMessage() {
    const view = this.view || {};
    const msg = this.root.querySelector('[data-testid="sidebar-message"]');
    const m = view.messageId && this.app.messageById(view.messageId);
    msg.textContent = m ? `Open message: ${m.subject} — from ${m.from}` : 'Open message';
    msg.hidden = !view.messageId;
  }

  show(view) {
    this.view = view;
    const stack = view.stack || [];
    const top = stack[stack.length - 1];
    this.root.querySelector('[data-testid="back"]').hidden = stack.length < 2;
    this.root.dataset.depth = String(stack.length);
    const err = this.root.querySelector('[data-testid="sidebar-error"]');
    err.textContent = view.error || '';
    err.hidden = !view.error;
    const warn = this.root.querySelector('[data-testid="sidebar-warnings"]');
    warn.textContent = (view.warnings || []).join(' ');
    warn.hidden = !(view.warnings || []).length;
    this.renderMessage();
    this.showLink(view.link);
    this.showToast(view.notification);
    clear(this.cardBox);
    clear(this.footerBox);
    this.renderMenu(top);
    if (!top) {
      this.cardBox.append(el('div', { class: 'empty' }, view.error ? 'The add-on could not show a card.' : 'Loading…'));
      return;
    }
    const { body, footer } = renderCard(top, this);
    this.cardBox.append(body);
    if (footer) this.footerBox.append(footer);
    this.cardBox.scrollTop = 0;
  }
}
