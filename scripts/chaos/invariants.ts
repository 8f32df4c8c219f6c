// DESIGN.md section 10, checked on a finished chaos run: convergence, no duplicates, the users' own contacts untouched,
// no accepted edit lost, no escalation. Each check returns what it found wrong, in words a person can act on.
import { getPerson } from '../../emulator/people/contacts-ui';
import { groupName } from '../../src/app/sync/groups';
import { fromPeoplePerson, toPeoplePerson } from '../../src/core/person';
import { personHash } from '../../src/core/person-normalize';
import type { Role } from '../../src/core/role';
import { atLeast, roleOnLabel, roleOnMaster, type DirectoryFacts } from './oracle';
import { bytesOf, labelGroups, livePersons, storedPerson, tagOf } from './people-view';
import { ownKey, type ChaosRun, type Observation, type StepRecord } from './run';
import type { StoreView } from './store-view';

export type Invariant = 'convergence' | 'duplicates' | 'ownUntouched' | 'noLoss' | 'noEscalation';

export interface Violation {
  invariant: Invariant;
  /** What exactly broke (e.g. 'not-idle', 'stale-copy'): shrinking keeps a failure of the same kind. */
  kind: string;
  detail: string;
}

/** Statuses whose collaborator receives copies but may not be complete yet: such an account is not judged. */
const IN_FLIGHT = new Set(['OVER_QUOTA']);

const TOKEN = /t\d+s\d+/gi;
const tokensIn = (x: unknown): string[] =>
  (JSON.stringify(x ?? '').match(TOKEN) ?? []).map((t) => t.toLowerCase());

const masterHash = (person: Parameters<typeof toPeoplePerson>[0]) =>
  personHash(fromPeoplePerson(toPeoplePerson(person)));

export function checkConvergence(run: ChaosRun): Violation[] {
  const out: Violation[] = [];
  const { world } = run.session;
  const last = run.records[run.records.length - 1];
  if (last && last.step.do === 'syncUntilIdle' && !last.result.ok) {
    out.push({
      kind: 'not-idle',
      invariant: 'convergence',
      detail: `the sync did not become idle after faults stopped: ${last.result.error?.message}`,
    });
  }
  const store = last?.after.store;
  const dir = last?.after.dir;
  if (!store || !dir) return out;
  const syncedExternals = new Set(world.appsScript.triggers.map((t) => t.owner.toLowerCase()));
  const accounts = Object.keys(dir.states).filter(
    (a) => dir.states[a] === 'active' && (dir.domains.includes(a.split('@')[1]) || syncedExternals.has(a)),
  );
  const liveLabels = store.labels.filter((l) => !l.deleted);

  for (const account of accounts) {
    const rows = store.collaborators.filter((c) => c.email === account);
    if (rows.some((c) => c.status === 'SHARING')) {
      out.push({
        kind: 'still-sharing',
        invariant: 'convergence',
        detail: `${account} is still SHARING after the sync became idle`,
      });
      continue;
    }
    if (rows.some((c) => IN_FLIGHT.has(c.status) && c.seated)) continue;
    // An owner always holds their own label's contacts (seat or not: the masters are theirs); a collaborator only
    // while ACTIVE with a seat.
    const delivered = liveLabels.filter((l) => {
      if (l.owner === account) return true;
      const row = rows.find((c) => c.labelId === l.id);
      return row !== undefined && row.status === 'ACTIVE' && row.seated;
    });
    const expected = new Map<string, string[]>();
    for (const l of delivered) {
      for (const m of store.contacts)
        if (!m.deleted && m.labelIds.includes(l.id))
          expected.set(m.id, [...(expected.get(m.id) ?? []), l.id]);
    }
    const groups = labelGroups(world, account);
    const copies = livePersons(world, account).filter((p) => tagOf(p) !== null);
    for (const [masterId, labelIds] of expected) {
      const m = store.contacts.find((c) => c.id === masterId)!;
      const copy = copies.find((p) => tagOf(p)!.masterId === masterId);
      if (!copy) {
        out.push({
          kind: 'missing-copy',
          invariant: 'convergence',
          detail: `${account} has no copy of ${masterId}`,
        });
        continue;
      }
      const seen = getPerson(world, account, copy.resourceName);
      if (personHash(fromPeoplePerson(seen)) !== masterHash(m.person)) {
        out.push({
          kind: 'stale-content',
          invariant: 'convergence',
          detail: `${account}'s copy of ${masterId} differs from the master (revision ${m.revision})`,
        });
      }
      for (const labelId of labelIds) {
        const label = store.labels.find((l) => l.id === labelId)!;
        const g = groups.find((x) => x.labelId === labelId);
        if (!g || !copy.groups.includes(g.resourceName)) {
          out.push({
            kind: 'not-grouped',
            invariant: 'convergence',
            detail: `${account}'s copy of ${masterId} is not in the group of label "${label.name}"`,
          });
        } else if (
          !Array.from({ length: 10 }, (_, i) => groupName(label.name, i).toLowerCase()).includes(
            g.name.toLowerCase(),
          )
        ) {
          out.push({
            kind: 'group-name',
            invariant: 'convergence',
            detail: `${account}'s group for label "${label.name}" is named "${g.name}"`,
          });
        }
      }
    }
    for (const p of copies) {
      const tag = tagOf(p)!;
      if (expected.has(tag.masterId)) continue;
      const grouped = groups.some((g) => p.groups.includes(g.resourceName));
      if (!tag.adopted)
        out.push({
          kind: 'stale-copy',
          invariant: 'convergence',
          detail: `${account} still holds a copy of ${tag.masterId}, which it does not receive`,
        });
      else if (grouped)
        out.push({
          kind: 'stale-adopted',
          invariant: 'convergence',
          detail: `${account}'s own contact adopted as ${tag.masterId} is still in a label group it does not receive`,
        });
    }
    for (const g of groups) {
      if (!delivered.some((l) => l.id === g.labelId))
        out.push({
          kind: 'stale-group',
          invariant: 'convergence',
          detail: `${account} still has the group "${g.name}" of a label it does not receive`,
        });
    }
  }
  return out;
}

export function checkDuplicates(run: ChaosRun): Violation[] {
  const out: Violation[] = [];
  const { world } = run.session;
  for (const account of Object.keys(world.people.accounts)) {
    const byMaster = new Map<string, number>();
    for (const p of livePersons(world, account)) {
      const t = tagOf(p);
      if (t) byMaster.set(t.masterId, (byMaster.get(t.masterId) ?? 0) + 1);
    }
    for (const [masterId, n] of byMaster)
      if (n > 1)
        out.push({
          kind: 'duplicate-copy',
          invariant: 'duplicates',
          detail: `${account} holds ${n} copies of ${masterId}`,
        });
    const byLabel = new Map<string, number>();
    for (const g of labelGroups(world, account)) byLabel.set(g.labelId, (byLabel.get(g.labelId) ?? 0) + 1);
    for (const [labelId, n] of byLabel)
      if (n > 1)
        out.push({
          kind: 'duplicate-group',
          invariant: 'duplicates',
          detail: `${account} holds ${n} groups for label ${labelId}`,
        });
  }
  return out;
}

export function checkOwnUntouched(run: ChaosRun): Violation[] {
  const out: Violation[] = [];
  for (const [account, contacts] of run.own) {
    for (const [rn, bytes] of contacts) {
      if (run.userTouched.has(ownKey(account, rn))) continue;
      const now = storedPerson(run.session.world, account, rn);
      if (!now)
        out.push({
          kind: 'own-deleted',
          invariant: 'ownUntouched',
          detail: `${account}'s own contact ${rn} was deleted`,
        });
      else if (bytesOf(now) !== bytes) {
        const was = JSON.parse(bytes) as Record<string, unknown>;
        const changed = Object.keys({ ...was, ...now }).filter(
          (k) => JSON.stringify(was[k]) !== JSON.stringify((now as unknown as Record<string, unknown>)[k]),
        );
        out.push({
          kind: 'own-changed',
          invariant: 'ownUntouched',
          detail: `${account}'s own contact ${rn} was changed (${changed.join(', ')})`,
        });
      }
    }
  }
  return out;
}

/** The role at every moment from just before `i` to the end of the run. */
function rolesFrom(run: ChaosRun, i: number, role: (o: Observation) => Role | null): Array<Role | null> {
  return [role(run.records[i].before), ...run.records.slice(i).map((r) => role(r.after))];
}

function foundIn(store: StoreView, masterId: string | null, token: string): boolean {
  const has = (x: unknown) => tokensIn(x).includes(token);
  return masterId === null
    ? store.contacts.some((c) => has(c.person)) || store.history.some((h) => has(h.person))
    : store.contacts.some((c) => c.id === masterId && has(c.person)) ||
        store.history.some((h) => h.contactId === masterId && has(h.person));
}

/** Later Google-side writes by the same user to the same contact: the earlier edit may never have been read. */
function superseded(run: ChaosRun, rec: StepRecord): boolean {
  return run.records.some(
    (r) =>
      r.index > rec.index &&
      r.touched?.resourceName === rec.touched?.resourceName &&
      r.touched?.account === rec.touched?.account,
  );
}

export function checkEdits(run: ChaosRun): Violation[] {
  const out: Violation[] = [];
  const final = run.records[run.records.length - 1]?.after;
  if (!final) return out;
  for (const rec of run.records) {
    if (!rec.result.ok) continue;
    const step = rec.step;
    const tokens = tokensIn(step.set);
    if (tokens.length === 0) continue;
    if (step.do === 'google.updateContact' && rec.touched?.masterId) {
      const user = rec.touched.account;
      const masterId = rec.touched.masterId;
      const roles = rolesFrom(run, rec.index, (o) => roleOnMaster(o.store, o.dir, user, masterId));
      const master = final.store.contacts.find((c) => c.id === masterId);
      if (roles.every((r) => !atLeast(r, 'editor'))) {
        for (const t of tokens) {
          if (foundIn(final.store, null, t))
            out.push({
              kind: 'edit-leaked',
              invariant: 'noEscalation',
              detail: `step ${rec.index}: ${user} (never more than ${roles[0] ?? 'no role'}) edited ${masterId} in Google and "${t}" reached the store`,
            });
        }
      } else if (
        roles.every((r) => atLeast(r, 'editor')) &&
        !superseded(run, rec) &&
        final.dir.states[user] === 'active' &&
        master &&
        !master.deleted
      ) {
        for (const t of tokens) {
          if (!foundIn(final.store, masterId, t))
            out.push({
              kind: 'edit-lost',
              invariant: 'noLoss',
              detail: `step ${rec.index}: ${user} (editor or more throughout) set "${t}" on ${masterId} in Google; it is neither in the master nor in its history`,
            });
        }
      }
    }
    if (step.do === 'updateContact') {
      const masterId = rec.resolved.masterId;
      const master = masterId ? final.store.contacts.find((c) => c.id === masterId) : undefined;
      if (!masterId || !master || master.deleted) continue;
      for (const t of tokens) {
        if (!foundIn(final.store, masterId, t))
          out.push({
            kind: 'app-edit-lost',
            invariant: 'noLoss',
            detail: `step ${rec.index}: the accepted updateContact of ${masterId} set "${t}"; it is neither in the master nor in its history`,
          });
      }
    }
  }
  return out;
}

const ACTION_ROLE: Record<string, { min: Role; on: 'label' | 'master' }> = {
  addContact: { min: 'editor', on: 'label' },
  addExisting: { min: 'editor', on: 'label' },
  updateContact: { min: 'editor', on: 'master' },
  removeContact: { min: 'deleter', on: 'label' },
  deleteContact: { min: 'deleter', on: 'master' },
  share: { min: 'manager', on: 'label' },
  changeRole: { min: 'manager', on: 'label' },
  unshare: { min: 'manager', on: 'label' },
  renameLabel: { min: 'owner', on: 'label' },
  deleteLabel: { min: 'owner', on: 'label' },
  transferLabel: { min: 'owner', on: 'label' },
  comment: { min: 'viewer', on: 'label' },
};

const GOOGLE_AUDIT: Record<string, { min: Role; on: 'label' | 'master' }> = {
  'contact.edit': { min: 'editor', on: 'master' },
  'contact.delete': { min: 'deleter', on: 'master' },
  'contact.remove': { min: 'deleter', on: 'label' },
  'contact.add': { min: 'editor', on: 'label' },
};

function roleAt(
  o: Observation,
  dir: DirectoryFacts,
  user: string,
  on: 'label' | 'master',
  id: string,
): Role | null {
  return on === 'label' ? roleOnLabel(o.store, dir, user, id) : roleOnMaster(o.store, dir, user, id);
}

export function checkEscalation(run: ChaosRun): Violation[] {
  const out: Violation[] = [];
  // App commands that succeeded: the actor's role just before must have allowed them.
  for (const rec of run.records) {
    const actor = String(rec.step.as).toLowerCase();
    // Anyone may leave a label shared with them directly.
    const leaving = rec.step.do === 'unshare' && String(rec.step.with).toLowerCase() === actor;
    const rule = leaving ? { min: 'viewer' as Role, on: 'label' as const } : ACTION_ROLE[rec.step.do];
    if (!rule || !rec.result.ok) continue;
    const id = rule.on === 'label' ? rec.resolved.labelId : rec.resolved.masterId;
    if (!id) continue;
    const role = roleAt(rec.before, rec.before.dir, actor, rule.on, id);
    if (!atLeast(role, rule.min))
      out.push({
        kind: 'command-escalation',
        invariant: 'noEscalation',
        detail: `step ${rec.index}: ${rec.step.do} by ${actor} succeeded with role ${role ?? 'none'} (needs ${rule.min})`,
      });
  }
  // Changes the sync accepted from Google Contacts: the actor's role around that run must have allowed them.
  const final = run.records[run.records.length - 1]?.after;
  for (const a of final?.store.audit ?? []) {
    const rule = GOOGLE_AUDIT[a.action];
    if (!rule || a.detail.via !== 'google') continue;
    const id = rule.on === 'label' ? a.label : a.target;
    if (!id) continue;
    const at = typeof a.at === 'number' ? a.at : Date.parse(a.at);
    const during = run.records.filter((r) => r.before.clock <= at && at <= r.after.clock);
    const allowed = during.some((r) =>
      [r.before, r.after].some((o) => atLeast(roleAt(o, o.dir, a.actor, rule.on, id), rule.min)),
    );
    if (!allowed)
      out.push({
        kind: 'google-escalation',
        invariant: 'noEscalation',
        detail: `${a.action} of ${a.target ?? ''} on ${a.label ?? ''} accepted from ${a.actor}, whose role did not allow it`,
      });
  }
  return out;
}

export function checkInvariants(run: ChaosRun): Violation[] {
  return [
    ...checkConvergence(run),
    ...checkDuplicates(run),
    ...checkOwnUntouched(run),
    ...checkEdits(run),
    ...checkEscalation(run),
  ];
}
