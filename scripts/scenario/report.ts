// The report of SCENARIOS.md: step outcomes, labels with grants and statuses, every account's contacts, seats, API calls.
import { listGroups, listPersons } from '../../emulator/people/contacts-ui';
import { SYNCED_FIELDS } from '../../src/core/person';
import type { Scenario } from './schema';
import { command, type Session } from './session';
import type { StepResult } from './steps';

type Json = Record<string, unknown>;

export interface Report {
  steps: StepResult[];
  labels: Array<{
    name: string;
    owner: string;
    contacts: number;
    grants: Array<{ with: string; role: string; status: string; members?: Array<{ email: string; status: string }> }>;
  }>;
  accounts: Record<string, { contacts: Array<{ key: string | null; label: string[]; myContacts: boolean; person: Json }> }>;
  seats: { total: number | 'unlimited'; used: number };
  api: Record<string, { calls: number; byMethod: Record<string, number> }>;
  runs: number;
}

/** Google's per-value metadata (sources, primary flags) is noise in a report: the values are what a person sees. */
function withoutMetadata(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutMetadata);
  if (v && typeof v === 'object') {
    const out: Json = {};
    for (const [k, x] of Object.entries(v as Json)) if (k !== 'metadata') out[k] = withoutMetadata(x);
    return out;
  }
  return v;
}

const data = (x: Json) => (x.clientData as Array<{ key: string; value: string }> | undefined) ?? [];

function labelsReport(session: Session): Report['labels'] {
  const out: Report['labels'] = [];
  const seen = new Set<string>();
  for (const [, id] of session.labels) {
    if (seen.has(id)) continue;
    seen.add(id);
    // Read as the owner (a query through the bundle, after the API counts were taken).
    const owner = findOwner(session, id);
    if (!owner) continue;
    const r = command(session, owner, 'labelDetail', { labelId: id, pageSize: 1 });
    if (!r.ok) continue;
    const d = r.value as {
      label: { name: string; owner: string; deleted: boolean };
      total: number;
      grants: Array<{ grant: { id: string; role: string; grantee: { kind: string; email?: string } }; status: string }>;
      collaborators: Array<{ email: string; grantId: string; status: string }>;
    };
    out.push({
      name: d.label.name,
      owner: d.label.owner,
      contacts: d.total,
      grants: d.grants.map((g) => {
        const row: Report['labels'][number]['grants'][number] = {
          with: g.grant.grantee.kind === 'domain' ? 'domain' : String(g.grant.grantee.email),
          role: g.grant.role,
          status: g.status,
        };
        if (g.grant.grantee.kind === 'group' || g.grant.grantee.kind === 'domain') {
          row.members = d.collaborators.filter((c) => c.grantId === g.grant.id).map((c) => ({ email: c.email, status: c.status }));
        }
        return row;
      }),
    });
  }
  return out;
}

/** Who owns a label now (it may have been transferred): the first account whose myLabels lists it. */
function findOwner(session: Session, labelId: string): string | null {
  const candidates = Object.keys(session.world.directory.users).filter((e) => session.world.accountState(e) === 'active');
  for (const user of candidates) {
    const r = command(session, user, 'myLabels', {});
    if (r.ok && (r.value as { labels: Array<{ id: string }> }).labels.some((l) => l.id === labelId)) return user;
  }
  return null;
}

function accountsReport(session: Session, s: Scenario): Report['accounts'] {
  const keyOfMaster = new Map([...session.masters].map(([k, id]) => [id, k]));
  const labelName = new Map([...session.labels].map(([name, id]) => [id, name]));
  const out: Report['accounts'] = {};
  for (const email of [...s.users.map((u) => u.email), ...s.externalUsers.map((x) => x.email)]) {
    if (session.world.accountState(email) === 'deleted') continue;
    const ownKeys = new Map([...(session.own.get(email) ?? new Map<string, string>())].map(([k, rn]) => [rn, k]));
    const groups = new Map(listGroups(session.world, email).map((g) => [String(g.resourceName), g]));
    out[email] = {
      contacts: listPersons(session.world, email).map((p) => {
        const master = data(p).find((d) => d.key === 'sharedLabels.master')?.value;
        const memberships = ((p.memberships as Array<{ contactGroupMembership?: { contactGroupResourceName?: string } }>) ?? [])
          .map((m) => m.contactGroupMembership?.contactGroupResourceName ?? '');
        const labels = memberships
          .map((g) => data(groups.get(g) ?? {}).find((d) => d.key === 'sharedLabels.label')?.value)
          .filter((id): id is string => !!id)
          .map((id) => labelName.get(id) ?? id);
        const person: Json = {};
        for (const f of SYNCED_FIELDS) if (p[f] !== undefined) person[f] = withoutMetadata(p[f]);
        return {
          key: (master ? keyOfMaster.get(master) : undefined) ?? ownKeys.get(String(p.resourceName)) ?? null,
          label: labels,
          myContacts: memberships.includes('contactGroups/myContacts'),
          person,
        };
      }),
    };
  }
  return out;
}

export function buildReport(session: Session, s: Scenario, steps: StepResult[], apiSince: number): Report {
  const counts = session.world.callCounts(apiSince);
  const api = { people: counts.people, directory: counts.directory, sheets: counts.sheets };
  const seatsR = command(session, s.admin, 'seats', {});
  const seats = seatsR.ok ? (seatsR.value as { total: number | 'unlimited'; used: number }) : { total: s.seats, used: 0 };
  return {
    steps,
    labels: labelsReport(session),
    accounts: accountsReport(session, s),
    seats: { total: seats.total, used: seats.used },
    api,
    runs: session.runs,
  };
}
