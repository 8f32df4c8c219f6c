// The local Workspace: one World, the built add-on running in it, each user's Gmail sidebar, fake messages and the run log.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { World } from '../emulator';
import type { Faults } from '../emulator/core/world';
import type { Manifest, RunResult } from '../emulator/appsscript/runtime';
import { addGmailMessage } from '../emulator/appsscript/gmail-app';
import { addonInfo, type AddonInfo } from './addon-manifest';
import { addonEvent, isTimeZone, userSettings, type EventInput, type GmailContext } from './events';
import { clearSaved, loadWorld, readJson, saveWorld, writeJsonAtomically } from './persist';
import { applyResponse, applyTrigger, type CardJson, type Effects } from './responses';
import { entryOf, RecordingRuntime, RUN_LOG_LIMIT, type RunEntry } from './run-log';
import { involves, type FakeMessage, type SidebarState, type SidebarView } from './sidebar';

const SIM_FILE = 'simulator.json';
export const LOCALES = ['en', 'it', 'nl', 'de'];

/** The simulator's own state beside the World: persisted to `simulator.json`. */
export interface SimState {
  sidebars: Record<string, SidebarState>;
  messages: FakeMessage[];
  runLog: RunEntry[];
  nextRunId: number;
  nextMessageId: number;
  /** What seeding did or could not do (shown on the page and the console). */
  notes: string[];
}

export function emptyState(): SimState {
  return { sidebars: {}, messages: [], runLog: [], nextRunId: 1, nextMessageId: 1, notes: [] };
}

export interface ActionInput extends EventInput {
  function: string;
}

export class Simulator {
  readonly runtime: RecordingRuntime;
  readonly addon: AddonInfo;
  private lastRun: RunEntry | undefined;

  constructor(
    readonly world: World,
    code: string,
    readonly manifest: Manifest,
    readonly state: SimState,
    readonly dataDir: string,
  ) {
    this.addon = addonInfo(manifest);
    this.runtime = new RecordingRuntime(world, code, manifest, (w, since, startedAt, user, fn, kind, r) => this.record(w, since, startedAt, user, fn, kind, r));
  }

  /** The saved simulator in `dataDir`, or null when there is none. */
  static load(dataDir: string, code: string, manifest: Manifest): Simulator | null {
    const world = loadWorld(dataDir);
    if (!world) return null;
    const file = join(dataDir, SIM_FILE);
    const state = existsSync(file) ? { ...emptyState(), ...(readJson(file) as Partial<SimState>) } : emptyState();
    return new Simulator(world, code, manifest, state, dataDir);
  }

  static clear(dataDir: string): void {
    clearSaved(dataDir, [SIM_FILE]);
  }

  save(): void {
    saveWorld(this.world, this.dataDir);
    writeJsonAtomically(join(this.dataDir, SIM_FILE), this.state);
    // The dispatcher's call records are only needed while a run is counted; keep memory flat on a long-lived server.
    if (this.world.calls.length > 20000) this.world.calls = this.world.calls.slice(-2000);
  }

  private record(world: World, since: number, startedAt: number, user: string, fn: string, kind: string, r: RunResult): void {
    const entry = entryOf(this.state.nextRunId++, world, since, startedAt, user, fn, kind, r);
    this.state.runLog.push(entry);
    if (this.state.runLog.length > RUN_LOG_LIMIT) this.state.runLog.splice(0, this.state.runLog.length - RUN_LOG_LIMIT);
    this.lastRun = entry;
  }

  // ---- the sidebar ------------------------------------------------------------------------------------------

  private sidebarOf(user: string): SidebarState {
    const key = user.toLowerCase();
    this.state.sidebars[key] ??= { stack: [] };
    return this.state.sidebars[key];
  }

  /** Gmail does not open for an account that cannot sign in; the add-on never runs for it. */
  private signInProblem(user: string): string | undefined {
    const state = this.world.accountState(user);
    return state === 'active' ? undefined : `${user} cannot sign in to Gmail: the account is ${state}.`;
  }

  private gmailContext(messageId: string | undefined): GmailContext | undefined {
    const m = messageId ? this.state.messages.find((x) => x.id === messageId) : undefined;
    if (!m) return undefined;
    return { messageId: m.id, threadId: m.threadId, accessToken: m.accessToken ?? `gmail-addon-token.${m.id}`, toRecipients: [...m.to], ccRecipients: [...m.cc] };
  }

  private execute(user: string, fn: string, input: EventInput): { r: RunResult; run?: RunEntry } {
    this.lastRun = undefined;
    const r = this.runtime.run(user, fn, [addonEvent(this.world, user, input)], { kind: 'card' });
    return { r, run: this.lastRun };
  }

  private view(user: string, effects: Effects, r?: RunResult, run?: RunEntry): SidebarView {
    const sb = this.sidebarOf(user);
    const v: SidebarView = { user: user.toLowerCase(), stack: sb.stack, warnings: effects.warnings };
    if (sb.messageId) v.messageId = sb.messageId;
    if (effects.notification) v.notification = effects.notification;
    if (effects.link) v.link = effects.link;
    if (r && !r.ok) v.error = r.killed ? `The add-on took too long: ${r.killed}` : `Error with the add-on. Run time error. ${r.error?.message ?? ''}`.trim();
    if (run) v.runId = run.id;
    return v;
  }

  /** The sidebar as it stands; opens the homepage the first time. */
  sidebar(user: string): SidebarView {
    const problem = this.signInProblem(user);
    if (problem) return { user, stack: [], warnings: [], error: problem };
    const sb = this.sidebarOf(user);
    if (!sb.stack.length) return this.homepage(user);
    return this.view(user, { warnings: [] });
  }

  private runTrigger(user: string, fn: string, gmail?: GmailContext): SidebarView {
    const problem = this.signInProblem(user);
    if (problem) return { user, stack: [], warnings: [], error: problem };
    const { r, run } = this.execute(user, fn, { gmail });
    const sb = this.sidebarOf(user);
    if (!r.ok) return this.view(user, { warnings: [] }, r, run);
    const { stack, effects } = applyTrigger(fn, r.value);
    if (stack) sb.stack = stack;
    return this.view(user, effects, r, run);
  }

  homepage(user: string): SidebarView {
    delete this.sidebarOf(user).messageId;
    return this.runTrigger(user, this.addon.homepageFunction);
  }

  openMessage(user: string, messageId: string): SidebarView {
    const m = this.state.messages.find((x) => x.id === messageId);
    if (!m) throw new Error(`no message ${messageId}`);
    if (!this.addon.contextualFunction) throw new Error('the manifest has no Gmail contextual trigger');
    const sb = this.sidebarOf(user);
    sb.messageId = m.id;
    return this.runTrigger(user, this.addon.contextualFunction, this.gmailContext(m.id));
  }

  /** A card's action, with the card's form inputs and (in a message) the gmail object. */
  action(user: string, input: ActionInput): SidebarView {
    const problem = this.signInProblem(user);
    if (problem) return { user, stack: [], warnings: [], error: problem };
    const sb = this.sidebarOf(user);
    const { r, run } = this.execute(user, input.function, { ...input, gmail: this.gmailContext(sb.messageId) });
    if (!r.ok) return this.view(user, { warnings: [] }, r, run);
    const { stack, effects } = applyResponse(input.function, sb.stack, r.value, false);
    sb.stack = stack;
    return this.view(user, effects, r, run);
  }

  universal(user: string, label: string): SidebarView {
    const ua = this.addon.universalActions.find((u) => u.label === label || u.runFunction === label);
    if (!ua) throw new Error(`no universal action ${label}`);
    if (ua.openLink) return this.view(user, { warnings: [], link: { url: ua.openLink } });
    const problem = this.signInProblem(user);
    if (problem) return { user, stack: [], warnings: [], error: problem };
    const sb = this.sidebarOf(user);
    const fn = ua.runFunction as string;
    const { r, run } = this.execute(user, fn, { gmail: this.gmailContext(sb.messageId) });
    if (!r.ok) return this.view(user, { warnings: [] }, r, run);
    const { stack, effects } = applyResponse(fn, sb.stack, r.value, true);
    sb.stack = stack;
    return this.view(user, effects, r, run);
  }

  back(user: string): SidebarView {
    const sb = this.sidebarOf(user);
    if (sb.stack.length > 1) sb.stack = sb.stack.slice(0, -1);
    return this.view(user, { warnings: [] });
  }

  // ---- Gmail ------------------------------------------------------------------------------------------------

  /**
   * Stores a message in the simulated inbox and in the emulated Gmail (so GmailApp can read its headers with the
   * event's token); `atMs` backdates it (demo inboxes), `openedBy` also puts it in that user's mailbox.
   */
  addMessage(m: { from: string; to: string[]; cc: string[]; subject: string }, atMs = this.world.clock.now(), openedBy?: string): FakeMessage {
    const n = this.state.nextMessageId++;
    // Gmail ids are 16 hex digits; these stay unique and sort by arrival.
    const id = (0x18d0000000000 + n * 0x1f3).toString(16).padStart(16, '0');
    const subject = m.subject || '(no subject)';
    const mailbox = [m.from, ...m.to, ...m.cc, ...(openedBy ? [openedBy] : [])];
    const { accessToken } = addGmailMessage(this.world, { id, threadId: id, from: m.from, to: m.to, cc: m.cc, subject, mailbox });
    const msg: FakeMessage = { id, threadId: id, from: m.from, to: m.to, cc: m.cc, subject, at: new Date(atMs).toISOString(), accessToken };
    this.state.messages.push(msg);
    return msg;
  }

  inbox(user: string): FakeMessage[] {
    return this.state.messages.filter((m) => involves(m, user)).slice().reverse();
  }

  // ---- settings, clock, faults ------------------------------------------------------------------------------

  setLocale(user: string, locale: string, timeZone?: string): void {
    if (!LOCALES.includes(locale)) throw new Error(`locale must be one of ${LOCALES.join(', ')}`);
    if (timeZone !== undefined && !isTimeZone(timeZone)) throw new Error(`unknown time zone ${timeZone}`);
    const current = userSettings(this.world, user);
    this.world.appsScript.userSettings[user.toLowerCase()] = { locale, timeZone: timeZone ?? current.timeZone };
  }

  /** Moves the virtual clock, firing the triggers that fall due; returns the runs they made. */
  advance(ms: number): RunEntry[] {
    const first = this.state.nextRunId;
    this.runtime.advance(ms);
    return this.state.runLog.filter((e) => e.id >= first);
  }

  setFaults(f: Faults): void {
    this.world.setFaults(f);
  }

  cards(user: string): CardJson[] {
    return this.sidebarOf(user).stack;
  }
}
