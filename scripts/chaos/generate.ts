// Seeded random domains and operation sequences in the scenario file format (shared/SCENARIOS.md): 3–8 users, a group,
// sometimes an outside user; every role, app commands and Google-side edits, deletions, renames, unshares,
// suspensions, under random 429/500 rates and kills; always ending with faults off and `syncUntilIdle`.
import { Random } from './random';

type Json = Record<string, unknown>;
export type RawStep = Json & { do: string };

export interface RawScenario {
  domain: string;
  admin: string;
  seed: number;
  seats?: number;
  users: Array<{ email: string }>;
  externalUsers: Array<{ email: string }>;
  groups: Array<{ email: string; members: string[] }>;
  contacts: Record<string, Array<{ key: string; person: Json }>>;
  steps: RawStep[];
}

export const DOMAIN = 'example.com';
export const ADMIN = `admin@${DOMAIN}`;
export const GROUP = `team@${DOMAIN}`;
export const EXTERNAL = 'pat@partner.test';
const NAMES = ['ann', 'ben', 'cat', 'dan', 'eli', 'fay', 'gus'];
const LABEL_NAMES = ['Clients', 'Suppliers', 'Press', 'Partners'];
const ROLES = ['viewer', 'editor', 'deleter', 'manager'] as const;

/** The steps every chaos scenario ends with: faults off, then the sync runs until nothing is pending. */
export const FINALE: readonly RawStep[] = [{ do: 'faults' }, { do: 'syncUntilIdle', maxRuns: 25 }];

/** A value no other step writes: it lets the invariants find an edit in the masters and history. */
export const token = (seed: number, step: number) => `t${seed}s${step}`;

/** A random partial Person for an edit: one synced field, carrying `tok` where the field can hold it verbatim. */
export function randomEdit(r: Random, tok: string): Json {
  switch (r.int(0, 4)) {
    case 0:
      return { names: [{ givenName: `N${tok}`, familyName: r.pick(['Lee', 'Ode', 'Rossi']) }] };
    case 1:
      return { emailAddresses: [{ value: `${tok}@mail.test` }] };
    case 2:
      return { organizations: [{ name: `Org ${tok}` }] };
    case 3:
      return { biographies: [{ value: `note ${tok}` }] };
    default:
      return { phoneNumbers: [{ value: `+39 02 ${r.int(1000000, 9999999)}` }] };
  }
}

function randomPerson(r: Random, n: number): Json {
  const given = r.pick(['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gil', 'Hal']);
  const p: Json = {
    names: [{ givenName: `${given}${n}`, familyName: r.pick(['Lee', 'Ode', 'Rossi', 'Smit']) }],
  };
  if (r.chance(0.7)) p.emailAddresses = [{ value: `${given.toLowerCase()}${n}@client.test` }];
  if (r.chance(0.6)) p.phoneNumbers = [{ value: `+39 02 ${r.int(1000000, 9999999)}` }];
  if (r.chance(0.3)) p.organizations = [{ name: r.pick(['Acme', 'Globex', 'Initech']) }];
  return p;
}

type Role = (typeof ROLES)[number];

interface LabelModel {
  name: string;
  owner: string;
  grants: Map<string, Role>;
  keys: string[];
  deleted: boolean;
}

/**
 * What the generator believes the domain looks like (optimistic: it assumes its steps succeed), so that most steps
 * make sense — Google-side edits go to copies that a sync has written, unshares name existing grants — while some
 * still do not, and are refused as data.
 */
interface Model {
  users: string[];
  actors: string[];
  members: Set<string>;
  external: boolean;
  accepted: boolean;
  labels: LabelModel[];
  /** (user, key) pairs a sync has copied: `${user} ${key}`. */
  copies: Set<string>;
  own: Map<string, string[]>;
  suspended: Set<string>;
  nextKey: number;
}

function recipients(m: Model, l: LabelModel): string[] {
  const out = new Set([l.owner]);
  for (const g of l.grants.keys()) {
    if (g === 'domain') m.users.forEach((u) => out.add(u));
    else if (g === GROUP) m.members.forEach((u) => out.add(u));
    else if (g !== EXTERNAL || m.accepted) out.add(g);
  }
  return [...out].filter((u) => !m.suspended.has(u));
}

/** After a sync: every recipient of every live label holds a copy of each of its contacts. */
function synced(m: Model): void {
  m.copies.clear();
  for (const l of m.labels)
    if (!l.deleted) for (const u of recipients(m, l)) for (const k of l.keys) m.copies.add(`${u} ${k}`);
}

/** The role the model gives `user` on `l` (owner, else the highest grant that reaches them). */
function roleIn(m: Model, l: LabelModel, user: string): Role | 'owner' | null {
  if (l.owner === user) return 'owner';
  let best: Role | null = null;
  for (const [g, role] of l.grants) {
    const reaches = g === 'domain' ? m.users.includes(user) : g === GROUP ? m.members.has(user) : g === user;
    if (reaches && (best === null || ROLES.indexOf(role) > ROLES.indexOf(best))) best = role;
  }
  return best;
}

export function generate(seed: number): RawScenario {
  const r = new Random(seed);
  const users = [
    ADMIN,
    ...r
      .subset(NAMES, 2)
      .slice(0, 7)
      .map((n) => `${n}@${DOMAIN}`),
  ];
  const external = r.chance(0.4);
  const members = r.subset(users.slice(1), 1);
  const contacts: RawScenario['contacts'] = {};
  const m: Model = {
    users,
    actors: external ? [...users, EXTERNAL] : users,
    members: new Set(members),
    external,
    accepted: false,
    labels: [],
    copies: new Set(),
    own: new Map(),
    suspended: new Set(),
    nextKey: 1,
  };
  for (const account of m.actors) {
    const n = r.int(0, 2);
    if (n === 0) continue;
    const keys = Array.from({ length: n }, (_, i) => `own-${account.split('@')[0]}-${i}`);
    contacts[account] = keys.map((key, i) => ({ key, person: randomPerson(r, 100 + i) }));
    m.own.set(account, keys);
  }

  const steps: RawStep[] = [];
  // A start that gives the random part something to act on: labels with contacts, shared, synced once.
  for (let i = r.int(1, 2); i > 0; i--) steps.push(...op(r, m, seed, steps.length, 'createLabel'));
  for (let i = r.int(1, 4); i > 0; i--) steps.push(...op(r, m, seed, steps.length, 'addContact'));
  for (let i = r.int(1, 4); i > 0; i--) steps.push(...op(r, m, seed, steps.length, 'share'));
  if (external && r.chance(0.7)) steps.push(...op(r, m, seed, steps.length, 'acceptInvitation'));
  steps.push(...op(r, m, seed, steps.length, 'runSync'));
  const length = steps.length + r.int(4, 20);
  while (steps.length < length) steps.push(...op(r, m, seed, steps.length, pickOp(r, m)));
  return {
    domain: DOMAIN,
    admin: ADMIN,
    seed,
    ...(r.chance(0.15) ? { seats: r.int(2, 4) } : {}),
    users: users.map((email) => ({ email })),
    externalUsers: external ? [{ email: EXTERNAL }] : [],
    groups: [{ email: GROUP, members }],
    contacts,
    steps: [...steps, ...FINALE],
  };
}

type Op = ReturnType<typeof pickOp>;

function pickOp(r: Random, m: Model) {
  const live = m.labels.filter((l) => !l.deleted);
  const hasLabel = live.length > 0;
  const hasKey = live.some((l) => l.keys.length > 0);
  const hasCopy = m.copies.size > 0;
  const hasGrant = live.some((l) => l.grants.size > 0);
  return r.weighted({
    createLabel: live.length < 3 ? 1.5 : 0.2,
    addContact: hasLabel ? 2.5 : 0,
    share: hasLabel ? 2.5 : 0,
    changeRole: hasGrant ? 1.2 : 0,
    unshare: hasGrant ? 1 : 0,
    updateContact: hasKey ? 1.5 : 0,
    removeContact: hasKey ? 0.7 : 0,
    deleteContact: hasKey ? 0.5 : 0,
    renameLabel: hasLabel ? 0.5 : 0,
    deleteLabel: hasLabel ? 0.2 : 0,
    transferLabel: hasLabel ? 0.2 : 0,
    comment: hasKey ? 0.2 : 0,
    acceptInvitation: m.external && !m.accepted ? 0.8 : 0,
    googleUpdate: hasCopy ? 4 : 0,
    googleDelete: hasCopy ? 0.8 : 0,
    googleRemove: hasCopy ? 0.8 : 0,
    googleCreate: hasCopy && hasLabel ? 1 : 0,
    addExisting: hasLabel && m.own.size > 0 ? 0.6 : 0,
    suspend: 0.3,
    unsuspend: m.suspended.size > 0 ? 0.6 : 0,
    membership: 0.4,
    runSync: 2.5,
    syncNow: hasLabel ? 0.3 : 0,
    faults: 1,
  });
}

/** The steps of one operation (a fault block is several), keeping the model in step with what they should do. */
function op(r: Random, m: Model, seed: number, at: number, kind: Op): RawStep[] {
  const live = () => m.labels.filter((l) => !l.deleted);
  const label = () => r.pick(live());
  const withKeys = () => r.pick(live().filter((l) => l.keys.length > 0));
  const someone = () => r.pick(m.actors);
  const internal = () => r.pick(m.users);
  // Mostly someone who may do it, sometimes anyone: refusals are part of the test.
  const actorFor = (l: LabelModel, p: number) =>
    r.chance(p) ? l.owner : r.pick([...recipients(m, l), ...m.actors]);
  const mayShare = (l: LabelModel, who: string) => ['owner', 'manager'].includes(String(roleIn(m, l, who)));
  const grantee = (l: LabelModel) => {
    const fresh = [...m.users.filter((u) => u !== l.owner), GROUP, ...(m.external ? [EXTERNAL] : [])].filter(
      (g) => !l.grants.has(g),
    );
    return r.chance(0.08) || fresh.length === 0 ? 'domain' : r.pick(fresh);
  };
  const copy = () => {
    const [user, key] = r.pick([...m.copies]).split(' ');
    return { user, key, labels: live().filter((l) => l.keys.includes(key)) };
  };
  switch (kind) {
    case 'createLabel': {
      const owner = internal();
      const name = r.pick(LABEL_NAMES);
      m.labels.push({ name, owner, grants: new Map(), keys: [], deleted: false });
      return [{ as: owner, do: 'createLabel', name }];
    }
    case 'addContact': {
      const l = label();
      const key = `k${m.nextKey++}`;
      const as = actorFor(l, 0.7);
      if (['owner', 'editor', 'deleter', 'manager'].includes(String(roleIn(m, l, as)))) l.keys.push(key);
      return [{ as, do: 'addContact', label: l.name, key, person: randomPerson(r, m.nextKey) }];
    }
    case 'share': {
      const l = label();
      const as = actorFor(l, 0.85);
      const role = r.pick(ROLES);
      const to = grantee(l);
      if (mayShare(l, as)) l.grants.set(to, role);
      return [{ as, do: 'share', label: l.name, with: to, role, syncToMobile: r.chance(0.7) }];
    }
    case 'changeRole':
    case 'unshare': {
      const l = r.pick(live().filter((x) => x.grants.size > 0));
      const as = actorFor(l, 0.8);
      const to = r.pick([...l.grants.keys()]);
      if (kind === 'unshare') {
        if (mayShare(l, as)) l.grants.delete(to);
        return [{ as, do: 'unshare', label: l.name, with: to }];
      }
      const role = r.pick(ROLES);
      if (mayShare(l, as)) l.grants.set(to, role);
      return [{ as, do: 'changeRole', label: l.name, with: to, role }];
    }
    case 'updateContact': {
      const l = withKeys();
      return [
        {
          as: actorFor(l, 0.4),
          do: 'updateContact',
          contact: r.pick(l.keys),
          set: randomEdit(r, token(seed, at)),
        },
      ];
    }
    case 'removeContact': {
      const l = withKeys();
      const key = r.pick(l.keys);
      const as = actorFor(l, 0.5);
      if (['owner', 'deleter', 'manager'].includes(String(roleIn(m, l, as))))
        l.keys = l.keys.filter((k) => k !== key);
      return [{ as, do: 'removeContact', label: l.name, contact: key }];
    }
    case 'deleteContact': {
      const l = withKeys();
      const key = r.pick(l.keys);
      const as = actorFor(l, 0.5);
      if (['owner', 'deleter', 'manager'].includes(String(roleIn(m, l, as))))
        m.labels.forEach((x) => (x.keys = x.keys.filter((k) => k !== key)));
      return [{ as, do: 'deleteContact', contact: key }];
    }
    case 'renameLabel': {
      const l = label();
      const name = `${r.pick(LABEL_NAMES)} ${r.int(2, 9)}`;
      const step = { as: actorFor(l, 0.85), do: 'renameLabel', label: l.name, name };
      if (step.as === l.owner) l.name = name;
      return [step];
    }
    case 'deleteLabel': {
      const l = label();
      const as = actorFor(l, 0.85);
      if (as === l.owner) l.deleted = true;
      return [{ as, do: 'deleteLabel', label: l.name }];
    }
    case 'transferLabel': {
      const l = label();
      const to = internal();
      const step = { as: l.owner, do: 'transferLabel', label: l.name, to };
      l.owner = to;
      return [step];
    }
    case 'comment': {
      const l = withKeys();
      return [
        { as: someone(), do: 'comment', label: l.name, contact: r.pick(l.keys), text: 'chaos comment' },
      ];
    }
    case 'acceptInvitation':
      m.accepted = true;
      return [{ as: EXTERNAL, do: 'acceptInvitation' }];
    case 'googleUpdate': {
      const as = r.chance(0.1) ? someone() : undefined;
      const own = as ? m.own.get(as) : undefined;
      const target = own ? { user: as!, key: r.pick(own) } : copy();
      return [
        {
          as: target.user,
          do: 'google.updateContact',
          contact: target.key,
          set: randomEdit(r, token(seed, at)),
        },
      ];
    }
    case 'googleDelete': {
      const c = copy();
      m.copies.delete(`${c.user} ${c.key}`);
      return [{ as: c.user, do: 'google.deleteContact', contact: c.key }];
    }
    case 'googleRemove': {
      const c = copy();
      const l = c.labels.length > 0 ? r.pick(c.labels) : r.pick(m.labels);
      return [{ as: c.user, do: 'google.removeFromLabel', contact: c.key, label: l.name }];
    }
    case 'googleCreate': {
      const l = label();
      const key = `g${m.nextKey++}`;
      const pool = recipients(m, l);
      const as = pool.length > 0 ? r.pick(pool) : l.owner;
      const step: RawStep = { as, do: 'google.createContact', key, person: randomPerson(r, m.nextKey) };
      if (r.chance(0.8)) step.label = l.name;
      return [step];
    }
    case 'addExisting': {
      const [as, keys] = r.pick([...m.own.entries()]);
      return [{ as, do: 'addExisting', label: label().name, contact: r.pick(keys) }];
    }
    case 'suspend': {
      const user = r.pick(m.users.slice(1));
      m.suspended.add(user);
      return [{ do: 'directory.suspend', user }];
    }
    case 'unsuspend': {
      const user = r.pick([...m.suspended]);
      m.suspended.delete(user);
      return [{ do: 'directory.unsuspend', user }];
    }
    case 'membership': {
      const member = r.pick(m.users.slice(1));
      const add = r.chance(0.5);
      if (add) m.members.add(member);
      else m.members.delete(member);
      return [{ do: add ? 'directory.addMember' : 'directory.removeMember', group: GROUP, member }];
    }
    case 'runSync':
      synced(m);
      return [{ do: 'runSync' }];
    case 'syncNow':
      return [{ as: someone(), do: 'syncNow', label: label().name }];
    case 'faults':
      return faultBlock(r);
  }
}
/** Random 429/500 rates on People, Directory and Sheets, sometimes a kill after a few calls, 1–3 runs, then faults off. */
function faultBlock(r: Random): RawStep[] {
  const rates = () => {
    const f: Json = {};
    if (r.chance(0.7)) f.error429 = Math.round(r.next() * 30) / 100;
    if (r.chance(0.5)) f.error500 = Math.round(r.next() * 20) / 100;
    return f;
  };
  const faults: RawStep = { do: 'faults', seed: r.int(1, 1e6) };
  if (r.chance(0.8)) faults.people = rates();
  if (r.chance(0.3)) faults.directory = rates();
  if (r.chance(0.3)) faults.sheets = rates();
  if (r.chance(0.5)) faults.killAfterCalls = r.int(2, 40);
  return [faults, ...Array.from({ length: r.int(1, 3) }, () => ({ do: 'runSync' })), { do: 'faults' }];
}
