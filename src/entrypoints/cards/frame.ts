// The frame of every card entry point: the actor's context (Session), the user's language and time zone, untrusted
// parameters and form inputs, commands by name, and one net that turns any failure into a translated notification
// (or, for a trigger, a card saying what went wrong) — never a stack trace.
// The renderer and the GmailApp reader are taken from their adapters here rather than from compose(): the composition
// root's Context has no universal-action renderer nor GmailMessages yet (see docs/sidebar.md).
import { renderActionResult, renderCard, renderUniversalResult } from '../../adapters/card-service-renderer';
import { scriptGmailMessages } from '../../adapters/gmail-message';
import { ADMIN_COMMANDS, type SetupStatus } from '../../app/admin/setup';
import type { CommandName } from '../../app/commands';
import { QUERIES, type QueryName } from '../../app/queries';
import { isAppError, type Result } from '../../core/errors';
import type { GmailMessages } from '../../core/ports/gmail';
import type { TableName } from '../../core/ports/store';
import type { ActionResultView, CardView } from '../../ui/card-model';
import { formatter, type Formatter } from '../../ui/format';
import { languageOf, translator, type ErrorLike, type Translate } from '../../ui/i18n';
import { ReadOnceStore } from '../../ui/read-once-store';
import { errorScreen } from '../../ui/screens/common';
import { onCommand } from '../api';
import { compose, type Context } from '../composition-root';
import { eventLocale, eventParams, formValue, type AddonEvent } from '../event';
import type { EntryPointName } from '../names';

/** A refusal on the way (a command or query said no): shown to the user in their language. */
export class Refusal extends Error {
  constructor(readonly refusal: ErrorLike) {
    super(refusal.message);
    this.name = 'Refusal';
  }
}

export interface CardEnv {
  e: AddonEvent | undefined;
  ctx: Context;
  t: Translate;
  fmt: Formatter;
  /** The action's parameters: untrusted strings, never an identity. */
  params: Record<string, string>;
  /** A form input's first value as typed, '' when absent. */
  form(name: string): string;
  /** Setup status (admin, key, spreadsheet), read once per execution. */
  setup(): SetupStatus;
  gmail(): GmailMessages;
}

type EntryPoint = (e?: AddonEvent) => unknown;

/** The event's offset from UTC in ms (Google sends a number; the legacy field a numeric string). */
function offsetOf(e: AddonEvent | undefined): number {
  const v = e?.commonEventObject?.timeZone?.offset as unknown;
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

function language(e: AddonEvent | undefined): { t: Translate; fmt: Formatter } {
  const locale = eventLocale(e);
  return { t: translator(locale), fmt: formatter(languageOf(locale), offsetOf(e), locale) };
}

function envOf(e: AddonEvent | undefined, t: Translate, fmt: Formatter): CardEnv {
  const ctx = compose();
  let setup: SetupStatus | null = null;
  let gmail: GmailMessages | null = null;
  return {
    e,
    ctx,
    t,
    fmt,
    params: eventParams(e),
    form: (name) => formValue(e, name) ?? '',
    setup: () => (setup ??= unwrap(ADMIN_COMMANDS.setupStatus(ctx))),
    gmail: () => (gmail ??= scriptGmailMessages()),
  };
}

/** The same action's environment with a context composed afresh: after a setup step changed what compose() reads. */
export function fresh(env: CardEnv): CardEnv {
  return envOf(env.e, env.t, env.fmt);
}

/**
 * The environment for building one card whose queries read `tables`: they share one store read (ReadOnceStore).
 * Made per card, never per execution, so a card built after a command sees what the command saved.
 */
export function readOnce(env: CardEnv, tables: readonly TableName[]): CardEnv {
  return { ...env, ctx: { ...env.ctx, store: new ReadOnceStore(env.ctx.store, tables) } };
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Refusal(r.error);
  return r.value;
}

/**
 * A command by name, through the same path as every other caller (`onCommand`: its own context for the Session user,
 * and the follow-ups it runs — the card-sized sync after syncNow, an outside collaborator's trigger after accepting,
 * the invitation index after sharing). The role is re-checked there; a refusal is thrown as a Refusal.
 */
export function run<T>(name: CommandName | keyof typeof ADMIN_COMMANDS, input: Record<string, unknown> = {}): T {
  const parameters = { command: name, input: JSON.stringify(input) };
  const r = onCommand({ commonEventObject: { parameters }, parameters });
  if (!r.ok) throw new Refusal(r.error);
  return r.value as T;
}

type QueryOutput<N extends QueryName> = ReturnType<(typeof QUERIES)[N]> extends Result<infer O> ? O : never;

export function query<N extends QueryName>(env: CardEnv, name: N, input: Record<string, unknown> = {}): QueryOutput<N> {
  const handler = QUERIES[name] as (ctx: Context, input: unknown) => Result<QueryOutput<N>>;
  return unwrap(handler(env.ctx, input));
}

/** What the user reads when something failed: the refusal translated, or a generic line for a bug (logged). */
function failureText(name: EntryPointName, err: unknown, t: Translate): string {
  if (err instanceof Refusal) return t.error(err.refusal);
  if (isAppError(err)) return t.error(err);
  console.error(`${name} failed: ${err instanceof Error ? err.message : String(err)}`);
  return t('ui.unexpected');
}

/** A card action: answers navigation and/or a notification. */
export function cardAction(name: EntryPointName, handler: (env: CardEnv) => ActionResultView): EntryPoint {
  return (e) => {
    const { t, fmt } = language(e);
    try {
      return renderActionResult(handler(envOf(e, t, fmt)));
    } catch (err) {
      return renderActionResult({ notify: failureText(name, err, t) });
    }
  };
}

/** A homepage or contextual trigger: answers a card; a failure becomes a card that says what went wrong. */
export function cardTrigger(name: EntryPointName, handler: (env: CardEnv) => CardView): EntryPoint {
  return (e) => {
    const { t, fmt } = language(e);
    try {
      return renderCard(handler(envOf(e, t, fmt)));
    } catch (err) {
      return renderCard(errorScreen(failureText(name, err, t), t));
    }
  };
}

/** A universal action (Settings, Help): answers a UniversalActionResponse with its cards. */
export function universalAction(name: EntryPointName, handler: (env: CardEnv) => CardView[]): EntryPoint {
  return (e) => {
    const { t, fmt } = language(e);
    try {
      return renderUniversalResult(handler(envOf(e, t, fmt)));
    } catch (err) {
      return renderUniversalResult([errorScreen(failureText(name, err, t), t)]);
    }
  };
}

/** Runs `primary`; if it is refused (e.g. the actor just left the label), answers `fallback` instead. */
export function orElse<T>(primary: () => T, fallback: () => T): T {
  try {
    return primary();
  } catch (err) {
    if (err instanceof Refusal) return fallback();
    throw err;
  }
}
