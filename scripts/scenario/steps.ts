// One step of a scenario, run through the product as deployed (the bundle's entry points) or on the Google side.
import {
  addMember, addUser, banUser, deleteUser, removeMember, revokeDelegation, suspendUser, unsuspendUser,
} from '../../emulator/directory/admin';
import type { Faults } from '../../emulator/core/world';
import type { ApiResult } from '../../src/entrypoints/api';
import { googleCreate, googleDelete, googleRemoveFromLabel, googleUpdate } from './google-side';
import type { Step } from './schema';
import { command, type Session } from './session';

export interface StepResult {
  index: number;
  do: string;
  ok: boolean;
  error?: { code: string; message: string };
}

const refused = (code: string, message: string): ApiResult => ({ ok: false, error: { code, key: '', message, params: {} } });

function labelId(session: Session, name: unknown): string | null {
  return session.labels.get(String(name)) ?? null;
}

function masterId(session: Session, key: unknown): string | null {
  return session.masters.get(String(key)) ?? null;
}

/** The grant id of `with` on a label, as the actor's label card lists it. */
function grantId(session: Session, actor: string, label: string, who: string): string | null {
  const r = command(session, actor, 'labelDetail', { labelId: label, pageSize: 1 });
  if (!r.ok) return null;
  const grants = (r.value as { grants: Array<{ grant: { id: string; grantee: { kind: string; email?: string } } }> }).grants;
  const target = who.toLowerCase();
  return grants.find((g) => (target === 'domain' ? g.grant.grantee.kind === 'domain' : g.grant.grantee.email === target))?.grant.id ?? null;
}

/** One app command: the scenario's names resolved to the product's ids; the outcome is data, never a crash. */
function app(session: Session, step: Step): ApiResult {
  const as = String(step.as).toLowerCase();
  const needLabel = () => labelId(session, step.label);
  const L = needLabel();
  const noLabel = () => refused('NOT_FOUND', `No label named "${String(step.label)}" was created in this scenario.`);
  const noContact = () => refused('NOT_FOUND', `No contact with key "${String(step.contact)}" in this scenario.`);
  switch (step.do) {
    case 'createLabel': {
      const r = command(session, as, 'createLabel', { name: step.name });
      if (r.ok) session.labels.set(String(step.name), (r.value as { label: { id: string } }).label.id);
      return r;
    }
    case 'renameLabel': {
      if (!L) return noLabel();
      const r = command(session, as, 'renameLabel', { labelId: L, name: step.name });
      if (r.ok) session.labels.set(String(step.name), L);
      return r;
    }
    case 'deleteLabel':
      return L ? command(session, as, 'deleteLabel', { labelId: L }) : noLabel();
    case 'transferLabel':
      return L ? command(session, as, 'transferLabel', { labelId: L, newOwner: step.to }) : noLabel();
    case 'addContact': {
      if (!L) return noLabel();
      const r = command(session, as, 'addContact', { labelId: L, person: step.person });
      if (r.ok) session.masters.set(String(step.key), (r.value as { contact: { id: string } }).contact.id);
      return r;
    }
    case 'addExisting': {
      if (!L) return noLabel();
      const rn = session.own.get(as)?.get(String(step.contact));
      if (!rn) return refused('NOT_FOUND', `${as} has no contact with key "${String(step.contact)}".`);
      const r = command(session, as, 'addExistingContact', { labelId: L, resourceName: rn });
      if (r.ok) session.masters.set(String(step.contact), (r.value as { contact: { id: string } }).contact.id);
      return r;
    }
    case 'updateContact': {
      const c = masterId(session, step.contact);
      return c ? command(session, as, 'updateContact', { contactId: c, person: step.set }) : noContact();
    }
    case 'removeContact': {
      const c = masterId(session, step.contact);
      if (!L) return noLabel();
      return c ? command(session, as, 'removeContact', { labelId: L, contactId: c }) : noContact();
    }
    case 'deleteContact': {
      const c = masterId(session, step.contact);
      return c ? command(session, as, 'deleteContact', { contactId: c }) : noContact();
    }
    case 'share':
      if (!L) return noLabel();
      return command(session, as, 'share', { labelId: L, grantee: step.with, role: step.role, syncToMobile: step.syncToMobile ?? true });
    case 'changeRole':
    case 'unshare': {
      if (!L) return noLabel();
      const g = grantId(session, as, L, String(step.with));
      if (!g) return refused('NOT_FOUND', `"${String(step.label)}" is not shared with ${String(step.with)} (or ${as} cannot see its sharing).`);
      return step.do === 'unshare'
        ? command(session, as, 'unshare', { labelId: L, grantId: g })
        : command(session, as, 'changeRole', { labelId: L, grantId: g, role: step.role });
    }
    case 'comment': {
      const c = masterId(session, step.contact);
      if (!L) return noLabel();
      return c ? command(session, as, 'comment', { labelId: L, contactId: c, text: step.text }) : noContact();
    }
    case 'acceptInvitation':
      return command(session, as, 'acceptInvitation', {});
    case 'syncNow': {
      if (step.label !== undefined && !L) return noLabel();
      const ids = L ? [L] : [...new Set(session.labels.values())];
      let last: ApiResult = refused('NOT_FOUND', `${as} sees no label to sync.`);
      for (const id of ids) last = command(session, as, 'syncNow', { labelId: id });
      return last;
    }
    case 'setEdition':
      return command(session, as, 'setEdition', { edition: step.edition });
    case 'setSeats':
      return command(session, as, 'setSeats', { seats: step.count });
    case 'releaseSeats':
      return command(session, as, 'releaseSeats', {});
    default:
      return refused('INVALID_ARGUMENT', `The step ${step.do} is not an app command.`);
  }
}

function google(session: Session, step: Step): ApiResult {
  const as = String(step.as).toLowerCase();
  try {
    if (step.do === 'google.createContact') googleCreate(session, as, String(step.key), step.person as Record<string, unknown>, step.label as string | undefined);
    if (step.do === 'google.updateContact') googleUpdate(session, as, String(step.contact), step.set as Record<string, unknown>);
    if (step.do === 'google.deleteContact') googleDelete(session, as, String(step.contact));
    if (step.do === 'google.removeFromLabel') googleRemoveFromLabel(session, as, String(step.contact), String(step.label));
    return { ok: true, value: null };
  } catch (e) {
    return refused('FAILED_PRECONDITION', (e as Error).message);
  }
}

function directory(session: Session, step: Step): ApiResult {
  const w = session.world;
  const user = String(step.user ?? '').toLowerCase();
  try {
    if (step.do === 'directory.suspend') suspendUser(w, user);
    if (step.do === 'directory.unsuspend') unsuspendUser(w, user);
    if (step.do === 'directory.delete') deleteUser(w, user);
    if (step.do === 'directory.ban') banUser(w, user);
    if (step.do === 'directory.addUser') addUser(w, { email: user });
    if (step.do === 'directory.addMember') addMember(w, String(step.group), String(step.member));
    if (step.do === 'directory.removeMember') removeMember(w, String(step.group), String(step.member));
    if (step.do === 'directory.revokeDelegation') revokeDelegation(w, user);
    return { ok: true, value: null };
  } catch (e) {
    return refused('FAILED_PRECONDITION', (e as Error).message);
  }
}

/**
 * One execution of every sync trigger, each as its owner; returns whether any run left work pending, and whether any
 * only continued a cycle an earlier run began (then edits made since that cycle's reads are still unread).
 */
export function runSyncTriggers(session: Session): { pending: boolean; failed: boolean; continued: boolean } {
  let pending = false;
  let continued = false;
  let failed = false;
  for (const t of [...session.world.appsScript.triggers].filter((x) => x.handlerFunction === 'onSyncTrigger')) {
    const from = session.world.calls.length;
    const cpu = process.cpuUsage();
    const r = session.runtime.run(t.owner, t.handlerFunction, [{ authMode: 'FULL', triggerUid: t.id }], { kind: 'trigger' });
    const used = process.cpuUsage(cpu);
    session.runs++;
    const out = r.value as { ok: boolean; report?: { pending: string[]; continued?: boolean } } | undefined;
    if (out?.report?.continued) continued = true;
    (session.runStats ??= []).push({
      owner: t.owner,
      ok: r.ok && out?.ok === true,
      virtualMs: r.virtualMs,
      calls: r.calls,
      callRange: [from, session.world.calls.length],
      cpuMs: (used.user + used.system) / 1000,
      pending: out?.report?.pending.length ?? 0,
    });
    if (!r.ok || !out?.ok) {
      failed = true;
      pending = true;
      session.log(`sync run as ${t.owner}: ${r.killed ?? r.error?.message ?? JSON.stringify((out as { error?: unknown })?.error)}`);
    } else if (out.report && out.report.pending.length > 0) {
      pending = true;
    }
  }
  return { pending, failed, continued };
}

export function runStep(session: Session, step: Step, index: number): StepResult {
  let r: ApiResult;
  if (step.do.startsWith('google.')) r = google(session, step);
  else if (step.do.startsWith('directory.')) r = directory(session, step);
  else if (step.do === 'runSync') {
    const s = runSyncTriggers(session);
    r = s.failed ? refused('UNAVAILABLE', 'a sync run did not finish (see the log)') : { ok: true, value: null };
  } else if (step.do === 'syncUntilIdle') {
    const max = typeof step.maxRuns === 'number' ? step.maxRuns : 50;
    let idle = false;
    // Idle: a run of every trigger that left nothing pending and began its own cycle (read every account afresh).
    for (let i = 0; i < max && !idle; i++) {
      const s = runSyncTriggers(session);
      idle = !s.pending && !s.continued;
    }
    r = idle ? { ok: true, value: null } : refused('UNAVAILABLE', `still work pending after ${max} sync runs`);
  } else if (step.do === 'advanceClock') {
    const before = session.runs;
    const results = session.runtime.advance(Number(step.minutes) * 60000);
    session.runs = before + results.length;
    r = { ok: true, value: null };
  } else if (step.do === 'faults') {
    const { do: _d, as: _a, ...faults } = step;
    session.world.setFaults(faults as Faults);
    r = { ok: true, value: null };
  } else if (step.do === 'addFeed') {
    // The feed object is setFeed's input: {kind: 'directory'}, {kind: 'csv', csv}, {kind: 'crm', json, mapping},
    // {kind: 'sheet', spreadsheetId, range}.
    const L = labelId(session, step.label);
    const feed = step.feed as Record<string, unknown>;
    r = L
      ? command(session, String(step.as).toLowerCase(), 'setFeed', { ...feed, labelId: L })
      : refused('NOT_FOUND', `No label named "${String(step.label)}" was created in this scenario.`);
  } else {
    r = app(session, step);
  }
  return r.ok ? { index, do: step.do, ok: true } : { index, do: step.do, ok: false, error: { code: r.error.code, message: r.error.message } };
}
