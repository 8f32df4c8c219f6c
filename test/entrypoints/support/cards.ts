// Calling card entry points through the built bundle as Gmail would, and reading the card JSON they answer.
import type { World } from '../../../emulator';
import { addGmailMessage } from '../../../emulator/appsscript/gmail-app';
import type { RunResult } from '../../../emulator/appsscript/runtime';
import { runScenario, type Session } from '../../../scripts/scenario/runner';
import { parseScenario } from '../../../scripts/scenario/schema';
import type { EntryPointName } from '../../../src/entrypoints/names';

type Json = Record<string, unknown>;

export interface Gmail {
  messageId: string;
  threadId: string;
  accessToken: string;
}

export interface EventInput {
  params?: Record<string, string>;
  /** Form inputs by name, as the card's widgets hold them. */
  form?: Record<string, string | string[]>;
  gmail?: Gmail;
  locale?: string;
  timeZone?: { id: string; offset: number };
}

/** An add-on event in Google's shape: commonEventObject with string parameters and formInputs.stringInputs.value. */
export function cardEvent(world: World, user: string, input: EventInput = {}): Json {
  const params = input.params ?? {};
  const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
  for (const [k, v] of Object.entries(input.form ?? {})) formInputs[k] = { stringInputs: { value: Array.isArray(v) ? v : [v] } };
  const e: Json = {
    commonEventObject: {
      userLocale: input.locale ?? world.appsScript.userSettings[user]?.locale ?? 'en',
      timeZone: input.timeZone ?? { id: 'Europe/Rome', offset: 3600000 },
      platform: 'WEB',
      hostApp: 'GMAIL',
      parameters: params,
      formInputs,
    },
    parameters: params,
  };
  if (input.gmail) e.gmail = { ...input.gmail };
  return e;
}

/** A domain set up by its admin through the product (key, delegation, spreadsheet, trigger), then the given steps. */
export function domain(spec: Json = {}): Session {
  const scenario = {
    domain: 'example.com',
    admin: 'admin@example.com',
    users: [{ email: 'admin@example.com' }, { email: 'alice@example.com' }, { email: 'bob@example.com' }, { email: 'carol@example.com' }],
    steps: [],
    ...spec,
  };
  return runScenario(parseScenario(JSON.stringify(scenario)), { log: () => undefined, noReport: true }).session;
}

export function run(session: Session, user: string, fn: EntryPointName, input: EventInput = {}): RunResult {
  return session.runtime.run(user, fn, [cardEvent(session.world, user, input)], { kind: 'card' });
}

/** Runs `fn` and returns its JSON; fails the test with the script's error when the execution failed. */
export function call(session: Session, user: string, fn: EntryPointName, input: EventInput = {}): Json {
  const r = run(session, user, fn, input);
  if (!r.ok) throw new Error(`${fn} failed: ${r.killed ?? r.error?.message}\n${r.error?.stack ?? ''}`);
  return r.value as Json;
}

export function message(session: Session, m: Parameters<typeof addGmailMessage>[1]): Gmail {
  return addGmailMessage(session.world, m);
}

// ---- reading card JSON (google.apps.card.v1) ----

export interface Action {
  fn: string;
  params: Record<string, string>;
}

function actionOf(onClick: unknown): Action | null {
  const a = (onClick as { action?: { function: string; parameters: Array<{ key: string; value: string }> } } | undefined)?.action;
  if (!a) return null;
  return { fn: a.function, params: Object.fromEntries((a.parameters ?? []).map((p) => [p.key, p.value])) };
}

export function sections(card: Json): Array<{ header?: string; widgets: Json[] }> {
  return (card.sections as Array<{ header?: string; widgets: Json[] }>) ?? [];
}

export function widgets(card: Json): Json[] {
  return sections(card).flatMap((s) => s.widgets);
}

/** Every visible string of a card: header, section headers, texts, labels, button texts, input labels and values. */
export function texts(card: Json): string[] {
  const out: string[] = [];
  const h = card.header as { title?: string; subtitle?: string } | undefined;
  if (h?.title) out.push(h.title);
  if (h?.subtitle) out.push(h.subtitle);
  for (const s of sections(card)) {
    if (s.header) out.push(s.header);
    for (const w of s.widgets) {
      const d = w.decoratedText as Json | undefined;
      if (d) for (const k of ['topLabel', 'text', 'bottomLabel']) if (typeof d[k] === 'string') out.push(d[k] as string);
      if (d?.button) out.push(String((d.button as Json).text));
      const p = w.textParagraph as Json | undefined;
      if (p) out.push(String(p.text));
      for (const b of ((w.buttonList as Json | undefined)?.buttons as Json[] | undefined) ?? []) out.push(String(b.text));
      const i = (w.textInput ?? w.selectionInput) as Json | undefined;
      if (i?.label) out.push(String(i.label));
      if (typeof (w.textInput as Json | undefined)?.value === 'string') out.push(String((w.textInput as Json).value));
    }
  }
  return out;
}

/** The card's strings as Gmail shows them: the renderer escapes &, < and > in formatted text. */
export const text = (card: Json) =>
  texts(card)
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every action a card names, with its button or widget text. */
export function actions(card: Json): Array<Action & { text: string }> {
  const out: Array<Action & { text: string }> = [];
  for (const w of widgets(card)) {
    const d = w.decoratedText as Json | undefined;
    if (d) {
      const a = actionOf(d.onClick);
      if (a) out.push({ ...a, text: String(d.text) });
      const b = d.button as Json | undefined;
      const ba = b && actionOf(b.onClick);
      if (ba) out.push({ ...ba, text: String(b.text) });
    }
    for (const b of ((w.buttonList as Json | undefined)?.buttons as Json[] | undefined) ?? []) {
      const a = actionOf(b.onClick);
      if (a) out.push({ ...a, text: String(b.text) });
    }
  }
  return out;
}

/** The action behind the button or clickable row whose text is `label` (the first one). */
export function action(card: Json, label: string | RegExp): Action {
  const found = actions(card).find((a) => (typeof label === 'string' ? a.text === label : label.test(a.text)));
  if (!found) throw new Error(`no action "${String(label)}" on the card; it has: ${actions(card).map((a) => a.text).join(' | ')}`);
  return { fn: found.fn, params: found.params };
}

export function links(card: Json): string[] {
  const out: string[] = [];
  for (const w of widgets(card)) {
    for (const b of ((w.buttonList as Json | undefined)?.buttons as Json[] | undefined) ?? []) {
      const url = ((b.onClick as Json | undefined)?.openLink as Json | undefined)?.url;
      if (typeof url === 'string') out.push(url);
    }
  }
  return out;
}

export function inputs(card: Json): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const w of widgets(card)) {
    const i = (w.textInput ?? w.selectionInput) as Json | undefined;
    if (i?.name) out[String(i.name)] = i;
    const sw = ((w.decoratedText as Json | undefined)?.switchControl as Json | undefined);
    if (sw?.name) out[String(sw.name)] = sw;
  }
  return out;
}

// ---- reading responses ----

export function navigations(resp: Json): Json[] {
  return (((resp.renderActions as Json | undefined)?.action as Json | undefined)?.navigations as Json[] | undefined) ?? [];
}

/** The cards a response shows (pushed or updated), in order. */
export function shown(resp: Json): Json[] {
  return navigations(resp).flatMap((n) => [n.pushCard, n.updateCard].filter((c): c is Json => c !== undefined));
}

/** The last card a response shows. */
export function top(resp: Json): Json {
  const cards = shown(resp);
  if (!cards.length) throw new Error(`the response shows no card: ${JSON.stringify(resp).slice(0, 400)}`);
  return cards[cards.length - 1];
}

export function notification(resp: Json): string | undefined {
  return ((((resp.renderActions as Json | undefined)?.action as Json | undefined)?.notification as Json | undefined)?.text as string | undefined);
}

/** Follows an action: runs its function with its parameters (and form inputs) as the same user. */
export function follow(session: Session, user: string, a: Action, input: Omit<EventInput, 'params'> = {}): Json {
  return call(session, user, a.fn as EntryPointName, { ...input, params: a.params });
}

/** The card of a universal action response (displayAddOnCards). */
export function universalCard(resp: Json): Json {
  return top(resp);
}
