// Renders Google's card JSON (google.apps.card.v1, as CardService prints it) into the sidebar, the way Gmail draws it,
// and collects the card's form inputs for an action's event object.
/* global Node, document */
import { el } from './dom.js';

/** Glyphs standing in for CardService's known icons and common Material icons (no icon font: the page works offline). */
const ICONS = {
  EMAIL: '✉', PHONE: '☎', PERSON: '👤', MULTIPLE_PEOPLE: '👥', STAR: '★', BOOKMARK: '🔖', CLOCK: '🕑', DESCRIPTION: '📄',
  INVITE: '✚', MEMBERSHIP: '👥', OFFER: '🏷', STORE: '🏬', TICKET: '🎫', VIDEO_CAMERA: '🎥', VIDEO_PLAY: '▶', AIRPLANE: '✈',
  BUS: '🚌', CAR: '🚗', HOTEL: '🏨', CONFIRMATION_NUMBER_ICON: '#', DOLLAR: '$', EVENT_PERFORMER: '🎤', EVENT_SEAT: '💺',
  FLIGHT_ARRIVAL: '🛬', FLIGHT_DEPARTURE: '🛫', HOTEL_ROOM_TYPE: '🛏', MAP_PIN: '📍', RESTAURANT_ICON: '🍴', SHOPPING_CART: '🛒', TRAIN: '🚆',
  label: '🏷', share: '⤴', group: '👥', person: '👤', people: '👥', sync: '⟳', warning: '⚠', error: '⛔', check_circle: '✔', delete: '🗑',
  edit: '✎', add: '+', settings: '⚙', help: '?', mail: '✉', phone: '☎', info: 'ℹ', lock: '🔒', block: '⛔', schedule: '🕑',
};

/** Only the text formatting Google documents for card text (https://developers.google.com/workspace/add-ons/concepts/widgets#text_formatting). */
const ALLOWED = new Set(['B', 'I', 'U', 'S', 'STRIKE', 'FONT', 'A', 'BR', 'P', 'STRONG', 'EM', 'SPAN']);

function formatted(text) {
  const tpl = document.createElement('template');
  tpl.innerHTML = String(text ?? '').replace(/\n/g, '<br>');
  const out = document.createDocumentFragment();
  const copy = (from, to) => {
    for (const n of Array.from(from.childNodes)) {
      if (n.nodeType === Node.TEXT_NODE) to.append(n.textContent);
      else if (n.nodeType === Node.ELEMENT_NODE) {
        if (!ALLOWED.has(n.tagName)) {
          copy(n, to);
          continue;
        }
        const node = document.createElement(n.tagName === 'FONT' ? 'span' : n.tagName.toLowerCase());
        if (n.tagName === 'FONT' && /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(n.getAttribute('color') || '')) node.style.color = n.getAttribute('color');
        if (n.tagName === 'A' && /^(https?:|mailto:)/i.test(n.getAttribute('href') || '')) {
          node.setAttribute('href', n.getAttribute('href'));
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noreferrer');
        }
        copy(n, node);
        to.append(node);
      }
    }
  };
  copy(tpl.content, out);
  return out;
}

function icon(ic) {
  if (!ic) return null;
  const alt = ic.altText || '';
  if (ic.knownIcon) return el('span', { class: 'icon', title: alt || ic.knownIcon }, ICONS[ic.knownIcon] || '•');
  if (ic.materialIcon) return el('span', { class: 'icon', title: alt || ic.materialIcon.name }, ICONS[ic.materialIcon.name] || '•');
  if (ic.iconUrl) return image(ic.iconUrl, alt, ic.imageType === 'CIRCLE' ? 'icon circle' : 'icon');
  return null;
}

/** An image that degrades to its alt text when it cannot load (offline, or a URL on the internet). */
function image(url, alt, cls) {
  const img = el('img', { class: cls, src: url, alt: alt || '', referrerpolicy: 'no-referrer' });
  img.addEventListener('error', () => img.replaceWith(el('span', { class: `${cls} placeholder`, title: url }, alt || '🖼')));
  return img;
}

function colorOf(c) {
  if (!c) return undefined;
  const ch = (v) => Math.round((v || 0) * 255);
  return `rgb(${ch(c.red)}, ${ch(c.green)}, ${ch(c.blue)})`;
}

/** Wires an onClick (action, openLink, openDynamicLinkAction) to the host's handlers; `card` (Chat only) is not drawn. */
function clickHandler(onClick, host) {
  if (!onClick) return undefined;
  if (onClick.action) return () => host.action(onClick.action);
  if (onClick.openLink) return () => host.openLink(onClick.openLink);
  if (onClick.openDynamicLinkAction) return () => host.action(onClick.openDynamicLinkAction);
  return undefined;
}

function button(b, host) {
  const type = b.type || (b.color ? 'FILLED' : 'OUTLINED');
  const node = el('button', {
    class: `btn btn-${type.toLowerCase()}`,
    disabled: b.disabled,
    title: b.altText,
    style: b.color ? { background: colorOf(b.color), borderColor: colorOf(b.color), color: '#fff' } : undefined,
    onclick: clickHandler(b.onClick, host),
  }, icon(b.icon), b.text ? el('span', {}, b.text) : null);
  return node;
}

function switchControl(s, host) {
  const box = el('input', {
    type: 'checkbox',
    class: s.controlType === 'CHECKBOX' || s.controlType === 'CHECK_BOX' ? 'checkbox' : 'switch',
    name: s.name,
    checked: s.selected,
    dataset: { input: 'switch', value: s.value ?? '' },
  });
  if (s.onChangeAction) box.addEventListener('change', () => host.action(s.onChangeAction));
  return box;
}

function decoratedText(d, host) {
  const click = clickHandler(d.onClick, host);
  const row = el('div', { class: `decorated-text${click ? ' clickable' : ''}${d.wrapText ? '' : ' nowrap'}`, dataset: { widget: 'decoratedText' } },
    icon(d.startIcon),
    el('div', { class: 'dt-body' },
      d.topLabel ? el('div', { class: 'dt-top' }, formatted(d.topLabel)) : null,
      el('div', { class: 'dt-text' }, formatted(d.text)),
      d.bottomLabel ? el('div', { class: 'dt-bottom' }, formatted(d.bottomLabel)) : null),
    d.button ? button(d.button, host) : null,
    d.switchControl ? switchControl(d.switchControl, host) : null,
    d.endIcon ? icon(d.endIcon) : null);
  if (click) {
    row.setAttribute('role', 'button');
    row.tabIndex = 0;
    row.addEventListener('click', (ev) => {
      if (ev.target.closest('button, input')) return;
      click();
    });
  }
  return row;
}

function textInput(t, host) {
  const attrs = { name: t.name, value: t.value ?? '', placeholder: '', dataset: { input: 'text' }, 'aria-label': t.label || t.name };
  const field = t.type === 'MULTIPLE_LINE' ? el('textarea', { ...attrs, rows: 3 }) : el('input', { ...attrs, type: 'text' });
  if (t.onChangeAction) field.addEventListener('change', () => host.action(t.onChangeAction));
  return el('label', { class: 'text-input', dataset: { widget: 'textInput' } },
    t.label ? el('span', { class: 'input-label' }, t.label) : null, field,
    t.hintText ? el('span', { class: 'hint' }, t.hintText) : null);
}

function selectionInput(s, host) {
  const change = s.onChangeAction ? () => host.action(s.onChangeAction) : undefined;
  const items = s.items || [];
  const wrap = el('div', { class: `selection-input sel-${(s.type || 'CHECK_BOX').toLowerCase()}`, dataset: { widget: 'selectionInput' } },
    s.label ? el('span', { class: 'input-label' }, s.label) : null);
  if (s.type === 'DROPDOWN') {
    const select = el('select', { name: s.name, dataset: { input: 'select' }, 'aria-label': s.label || s.name, onchange: change },
      items.map((i) => el('option', { value: i.value, selected: i.selected }, i.text)));
    wrap.append(select);
    return wrap;
  }
  const kind = s.type === 'RADIO_BUTTON' ? 'radio' : 'checkbox';
  for (const i of items) {
    wrap.append(el('label', { class: 'choice' },
      el('input', { type: kind, class: s.type === 'SWITCH' ? 'switch' : '', name: s.name, value: i.value, checked: i.selected, dataset: { input: kind }, onchange: change }),
      el('span', {}, i.text)));
  }
  return wrap;
}

function datePicker(d, host) {
  const value = d.valueMsEpoch ? new Date(Number(d.valueMsEpoch)).toISOString().slice(0, 10) : '';
  const input = el('input', { type: 'date', name: d.name, value, dataset: { input: 'date' } });
  if (d.onChangeAction) input.addEventListener('change', () => host.action(d.onChangeAction));
  return el('label', { class: 'text-input', dataset: { widget: 'dateTimePicker' } }, d.label ? el('span', { class: 'input-label' }, d.label) : null, input);
}

function widget(w, host) {
  if (w.textParagraph) return el('div', { class: 'text-paragraph', dataset: { widget: 'textParagraph' } }, formatted(w.textParagraph.text));
  if (w.decoratedText) return decoratedText(w.decoratedText, host);
  if (w.buttonList) return el('div', { class: 'button-list', dataset: { widget: 'buttonList' } }, (w.buttonList.buttons || []).map((b) => button(b, host)));
  if (w.textInput) return textInput(w.textInput, host);
  if (w.selectionInput) return selectionInput(w.selectionInput, host);
  if (w.dateTimePicker) return datePicker(w.dateTimePicker, host);
  if (w.image) {
    const img = image(w.image.imageUrl, w.image.altText, 'card-image');
    const click = clickHandler(w.image.onClick, host);
    return el('div', { class: `image${click ? ' clickable' : ''}`, dataset: { widget: 'image' }, onclick: click }, img);
  }
  if (w.divider) return el('hr', { class: 'divider', dataset: { widget: 'divider' } });
  const kind = Object.keys(w).join(', ') || 'empty';
  return el('div', { class: 'unsupported', dataset: { widget: 'unsupported' } }, `The simulator does not draw this widget: ${kind}`);
}

function section(s, host) {
  const widgets = s.widgets || [];
  const node = el('div', { class: 'section', dataset: { testid: 'section' } });
  const shown = s.collapsible ? Math.min(s.uncollapsibleWidgetsCount || 0, widgets.length) : widgets.length;
  if (s.header) node.append(el('div', { class: 'section-header' }, formatted(s.header)));
  widgets.forEach((w, i) => {
    const child = widget(w, host);
    if (i >= shown) child.classList.add('collapsed-widget');
    node.append(child);
  });
  if (s.collapsible && shown < widgets.length) {
    const toggle = el('button', { class: 'section-toggle', dataset: { testid: 'section-toggle' } }, 'Show more ▾');
    toggle.addEventListener('click', () => {
      const open = node.classList.toggle('expanded');
      toggle.textContent = open ? 'Show less ▴' : 'Show more ▾';
    });
    node.append(toggle);
  }
  return node;
}

/**
 * Draws one card. `host` = {action(actionJson), openLink(link)}.
 * Returns {body, footer}: the scrolling card and its fixed footer (or null).
 */
export function renderCard(card, host) {
  const h = card.header;
  const body = el('div', { class: 'card', dataset: { testid: 'card', cardName: card.name || '' } },
    h ? el('div', { class: 'card-header' },
      h.imageUrl ? image(h.imageUrl, h.imageAltText, h.imageType === 'CIRCLE' ? 'header-image circle' : 'header-image') : null,
      el('div', {},
        el('div', { class: 'card-title', dataset: { testid: 'card-title' } }, formatted(h.title)),
        h.subtitle ? el('div', { class: 'card-subtitle' }, formatted(h.subtitle)) : null)) : null,
    (card.sections || []).map((s) => section(s, host)));
  const f = card.fixedFooter;
  const footer = f ? el('div', { class: 'fixed-footer', dataset: { testid: 'fixed-footer' } },
    f.secondaryButton ? button({ type: 'OUTLINED', ...f.secondaryButton }, host) : null,
    f.primaryButton ? button({ type: 'FILLED', ...f.primaryButton }, host) : null) : null;
  return { body, footer };
}

/** The card's inputs as the event object wants them: {formInputs: {name: [values]}, dateInputs: {name: ms}}. */
export function collectInputs(roots) {
  const formInputs = {};
  const dateInputs = {};
  const add = (name, value) => {
    (formInputs[name] = formInputs[name] || []).push(value);
  };
  for (const root of roots.filter(Boolean)) {
    for (const node of root.querySelectorAll('[data-input]')) {
      const name = node.name;
      if (!name) continue;
      const kind = node.dataset.input;
      if (kind === 'text' && node.value !== '') add(name, node.value);
      else if (kind === 'select') add(name, node.value);
      else if ((kind === 'radio' || kind === 'checkbox') && node.checked) add(name, node.value);
      else if (kind === 'switch' && node.checked) add(name, node.dataset.value || 'true');
      else if (kind === 'date' && node.value) dateInputs[name] = Date.parse(`${node.value}T00:00:00Z`);
    }
  }
  return { formInputs, dateInputs };
}

/** Action JSON's parameters ([{key, value}]) as a plain object. */
export function paramsOf(action) {
  return Object.fromEntries((action.parameters || []).map((p) => [p.key, p.value]));
}
