// Small DOM and API helpers shared by the page's modules (plain ES2020 modules, no build step).
/* global Node, document, fetch, setTimeout */

/** Creates an element: el('button', {class: 'x', onclick: fn, dataset: {testid: 'y'}}, 'text', child...). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'style' && typeof v === 'object') Object.assign(node.style, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'value') node.value = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled') node[k] = Boolean(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

let pending = 0;
function busy(delta) {
  pending += delta;
  document.body.classList.toggle('busy', pending > 0);
}

/** Calls the simulator's JSON API; rejects with the server's error message. */
export async function api(method, path, body) {
  busy(1);
  try {
    const res = await fetch(path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await res.json();
    if (!res.ok) throw new Error(data && data.error ? data.error : `${method} ${path} failed (${res.status})`);
    return data;
  } finally {
    busy(-1);
  }
}

/** A short message at the bottom of the page (for panel actions; the sidebar has its own toast). */
export function flash(text, kind) {
  const box = document.getElementById('flash');
  if (!box) return;
  const item = el('div', { class: `flash ${kind || ''}`, dataset: { testid: 'flash' } }, text);
  box.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 8000 : 3500);
}

/** Formats a virtual instant in a zone, e.g. "Mon 5 Jan 2026, 10:00 (Europe/Rome)". */
export function formatTime(iso, zone) {
  try {
    const text = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone || 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
    }).format(new Date(iso));
    return `${text} (${zone || 'UTC'})`;
  } catch {
    return iso;
  }
}
