// The run log (every execution: trigger runs and card callbacks, with result and API calls per method) and the fault toggles.
/* global FormData */
import { api, clear, el, flash } from './dom.js';

export class RunsPanel {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.triggersOnly = false;
  }

  async render() {
    const runs = (await api('GET', '/api/runs?since=0')).runs.slice().reverse();
    const root = clear(this.root);
    const shown = this.triggersOnly ? runs.filter((r) => r.kind === 'trigger') : runs;
    const s = this.app.state;
    root.append(el('h2', {}, 'Run log'),
      el('p', { class: 'muted' }, s.triggers.length
        ? `Time-driven triggers: ${s.triggers.map((t) => `${t.handler} as ${t.owner}, every ${t.everyHours} h, next ${t.nextRunAt}`).join('; ')}.`
        : 'No time-driven trigger is installed yet (the admin installs the hourly sync from the add-on\'s Settings).'),
      el('label', { class: 'choice' }, el('input', { type: 'checkbox', checked: this.triggersOnly, dataset: { testid: 'triggers-only' }, onchange: (e) => { this.triggersOnly = e.target.checked; this.render(); } }), 'Trigger runs only'));
    if (!shown.length) {
      root.append(el('p', { class: 'muted', dataset: { testid: 'runs-empty' } }, 'No runs yet.'));
      return;
    }
    root.append(el('table', { class: 'grid', dataset: { testid: 'runs-table' } },
      el('tr', {}, ['#', 'Virtual time', 'As', 'Function', 'Kind', 'Result', 'API calls'].map((h) => el('th', {}, h))),
      shown.map((r) => el('tr', { dataset: { testid: 'run-row', kind: r.kind, ok: String(r.ok) } },
        el('td', {}, String(r.id)), el('td', { class: 'muted' }, r.at.replace('T', ' ').slice(0, 19)), el('td', {}, r.user),
        el('td', {}, r.fn), el('td', {}, r.kind),
        el('td', {}, r.ok ? el('span', { class: `badge${r.reported ? ' error' : ''}` }, r.reported ? 'ok, reported an error' : 'ok') : el('span', { class: 'badge error', title: r.error || r.killed }, r.killed ? 'killed' : 'failed'),
          r.ok && !r.reported ? null : el('div', { class: 'muted' }, r.killed || r.error || r.reported)),
        el('td', {}, el('details', {}, el('summary', {}, `${r.calls} call${r.calls === 1 ? '' : 's'} · ${(r.virtualMs / 1000).toFixed(1)} s`),
          Object.entries(r.api).map(([service, c]) => el('div', {}, el('b', {}, `${service} ${c.calls}`),
            Object.entries(c.byMethod).map(([m, n]) => el('div', { class: 'muted' }, `${m}: ${n}`)))),
          r.value ? el('pre', { class: 'json', title: 'returned' }, r.value) : null,
          r.logs.length ? el('pre', { class: 'json' }, r.logs.join('\n')) : null))))));
  }
}

export class FaultsPanel {
  constructor(root, app) {
    this.root = root;
    this.app = app;
  }

  async apply(form) {
    const data = new FormData(form);
    const body = {};
    for (const service of ['people', 'directory', 'sheets']) {
      body[service] = { error429: Number(data.get(`${service}.error429`) || 0), error500: Number(data.get(`${service}.error500`) || 0) };
    }
    if (data.get('killAfterCalls')) body.killAfterCalls = Number(data.get('killAfterCalls'));
    try {
      await api('POST', '/api/faults', body);
      flash('Faults applied.');
      await this.app.changed();
    } catch (e) {
      flash(e.message, 'error');
    }
  }

  async render() {
    const root = clear(this.root);
    const f = this.app.state.faults || {};
    const rate = (service, kind) => el('label', {}, `${kind === 'error429' ? '429' : '500'} rate`,
      el('input', { type: 'number', min: 0, max: 1, step: 0.05, name: `${service}.${kind}`, value: (f[service] && f[service][kind]) || 0, dataset: { testid: `fault-${service}-${kind}` } }));
    const form = el('form', { dataset: { testid: 'faults-form' }, onsubmit: (e) => { e.preventDefault(); this.apply(form); } },
      ['people', 'directory', 'sheets'].map((s) => el('div', { class: 'row' }, el('b', { style: { width: '90px' } }, s), rate(s, 'error429'), rate(s, 'error500'))),
      el('div', { class: 'row' }, el('label', {}, 'Kill each run after N API calls', el('input', { type: 'number', min: 0, name: 'killAfterCalls', value: f.killAfterCalls ?? '', dataset: { testid: 'fault-kill' } }))),
      el('div', { class: 'row' },
        el('button', { class: 'btn btn-filled', type: 'submit', dataset: { testid: 'apply-faults' } }, 'Apply'),
        el('button', { class: 'btn', type: 'button', dataset: { testid: 'clear-faults' }, onclick: async () => { await api('POST', '/api/faults', {}); flash('Faults cleared.'); await this.app.changed(); } }, 'Clear')));
    root.append(el('h2', {}, 'Fault injection'),
      el('p', { class: 'muted' }, 'Each API call the add-on makes fails with this probability (Google\'s 429 RESOURCE_EXHAUSTED or 500 error body). The product retries with backoff; the run log shows the calls.'),
      form, el('pre', { class: 'json', dataset: { testid: 'faults-json' } }, JSON.stringify(f, null, 2)));
  }
}
