// The scenario file format of shared/SCENARIOS.md, checked before anything runs: a bad file is refused whole with the
// step index and the field, so nothing is half-run.

export interface ScenarioUser {
  email: string;
  suspended?: boolean;
  contactLimit?: number;
  isAdmin?: boolean;
}

export interface ScenarioContact {
  key: string;
  person: Record<string, unknown>;
  /** Extra: put the contact into these of the user's own groups (created if missing). */
  groups?: string[];
}

export interface Step {
  do: string;
  as?: string;
  [field: string]: unknown;
}

export interface Scenario {
  domain: string;
  secondaryDomains: string[];
  edition: string;
  seats: number | 'unlimited';
  admin: string;
  users: ScenarioUser[];
  externalUsers: Array<{ email: string; contactLimit?: number }>;
  groups: Array<{ email: string; members: string[] }>;
  contacts: Record<string, ScenarioContact[]>;
  steps: Step[];
  seed: number;
}

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

type FieldType = 'string' | 'person' | 'object' | 'boolean' | 'number' | 'role' | 'edition' | 'feed';

/** Each verb: its required fields, optional fields, and whether it needs an actor. */
export const VERBS: Record<string, { required: Record<string, FieldType>; optional?: Record<string, FieldType>; actor: boolean }> = {
  createLabel: { required: { name: 'string' }, actor: true },
  renameLabel: { required: { label: 'string', name: 'string' }, actor: true },
  deleteLabel: { required: { label: 'string' }, actor: true },
  transferLabel: { required: { label: 'string', to: 'string' }, actor: true },
  addContact: { required: { label: 'string', person: 'person', key: 'string' }, actor: true },
  addExisting: { required: { label: 'string', contact: 'string' }, actor: true },
  updateContact: { required: { contact: 'string', set: 'person' }, actor: true },
  removeContact: { required: { label: 'string', contact: 'string' }, actor: true },
  deleteContact: { required: { contact: 'string' }, actor: true },
  share: { required: { label: 'string', with: 'string', role: 'role' }, optional: { syncToMobile: 'boolean' }, actor: true },
  changeRole: { required: { label: 'string', with: 'string', role: 'role' }, actor: true },
  unshare: { required: { label: 'string', with: 'string' }, actor: true },
  comment: { required: { label: 'string', contact: 'string', text: 'string' }, actor: true },
  acceptInvitation: { required: {}, actor: true },
  syncNow: { required: {}, optional: { label: 'string' }, actor: true },
  setEdition: { required: { edition: 'edition' }, actor: true },
  setSeats: { required: { count: 'number' }, actor: true },
  releaseSeats: { required: {}, actor: true },
  addFeed: { required: { label: 'string', feed: 'feed' }, actor: true },
  'google.createContact': { required: { person: 'person', key: 'string' }, optional: { label: 'string' }, actor: true },
  'google.updateContact': { required: { contact: 'string', set: 'person' }, actor: true },
  'google.deleteContact': { required: { contact: 'string' }, actor: true },
  'google.removeFromLabel': { required: { contact: 'string', label: 'string' }, actor: true },
  'directory.suspend': { required: { user: 'string' }, actor: false },
  'directory.unsuspend': { required: { user: 'string' }, actor: false },
  'directory.delete': { required: { user: 'string' }, actor: false },
  'directory.ban': { required: { user: 'string' }, actor: false },
  'directory.addUser': { required: { user: 'string' }, actor: false },
  'directory.addMember': { required: { group: 'string', member: 'string' }, actor: false },
  'directory.removeMember': { required: { group: 'string', member: 'string' }, actor: false },
  'directory.revokeDelegation': { required: { user: 'string' }, actor: false },
  runSync: { required: {}, actor: false },
  syncUntilIdle: { required: {}, optional: { maxRuns: 'number' }, actor: false },
  advanceClock: { required: { minutes: 'number' }, actor: false },
  faults: { required: {}, optional: { people: 'object', directory: 'object', sheets: 'object', killAfterCalls: 'number', seed: 'number' }, actor: false },
};

const ROLES = ['viewer', 'editor', 'deleter', 'manager'];
const EDITIONS = ['LITE', 'BASIC', 'PRO', 'BUSINESS', 'ENTERPRISE'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkField(where: string, name: string, type: FieldType, v: unknown): void {
  const bad = (what: string) => new ScenarioError(`${where}: field '${name}' ${what}`);
  switch (type) {
    case 'string':
      if (typeof v !== 'string' || v === '') throw bad('must be a non-empty string');
      return;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) throw bad('must be a number');
      return;
    case 'boolean':
      if (typeof v !== 'boolean') throw bad('must be true or false');
      return;
    case 'person':
    case 'object':
      if (!isObject(v)) throw bad('must be an object');
      return;
    case 'role':
      if (typeof v !== 'string' || !ROLES.includes(v)) throw bad(`must be one of ${ROLES.join(', ')}`);
      return;
    case 'edition':
      if (typeof v !== 'string' || !EDITIONS.includes(v)) throw bad(`must be one of ${EDITIONS.join(', ')}`);
      return;
    case 'feed':
      if (!isObject(v) || !['directory', 'csv', 'sheet', 'crm'].includes(String(v.kind))) {
        throw bad('must be {"kind": "directory"}, {"kind": "csv", "csv": TEXT}, {"kind": "sheet", "spreadsheetId": ID} or {"kind": "crm", "json": TEXT, "mapping": {...}}');
      }
      if (v.kind === 'csv' && typeof v.csv !== 'string') throw bad("of kind csv needs a 'csv' text");
      if (v.kind === 'sheet' && typeof v.spreadsheetId !== 'string') throw bad("of kind sheet needs a 'spreadsheetId'");
      if (v.kind === 'crm' && (typeof v.json !== 'string' || !isObject(v.mapping))) throw bad("of kind crm needs a 'json' text and a 'mapping' object");
      return;
  }
}

function email(where: string, name: string, v: unknown): string {
  if (typeof v !== 'string' || !EMAIL.test(v)) throw new ScenarioError(`${where}: field '${name}' must be an e-mail address`);
  return v.toLowerCase();
}

/** Parses and checks a scenario; throws ScenarioError naming the place of the first problem. */
export function parseScenario(text: string): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError(`not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(raw)) throw new ScenarioError('the file must hold one JSON object');
  const domain = typeof raw.domain === 'string' && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(raw.domain) ? raw.domain.toLowerCase() : null;
  if (!domain) throw new ScenarioError("field 'domain' must be a domain name such as example.com");
  const list = <T>(name: string): T[] => {
    const v = raw[name as keyof typeof raw];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new ScenarioError(`field '${name}' must be a list`);
    return v as T[];
  };
  const users = list<ScenarioUser>('users').map((u, i) => {
    if (!isObject(u)) throw new ScenarioError(`users[${i}] must be an object`);
    const e = email(`users[${i}]`, 'email', u.email);
    if (!e.endsWith('@' + domain) && !list<string>('secondaryDomains').some((d) => e.endsWith('@' + String(d).toLowerCase()))) {
      throw new ScenarioError(`users[${i}]: field 'email' ${e} is not in the domain ${domain} (outside users go in externalUsers)`);
    }
    if (u.contactLimit !== undefined) checkField(`users[${i}]`, 'contactLimit', 'number', u.contactLimit);
    return { ...u, email: e };
  });
  if (users.length === 0) throw new ScenarioError("field 'users' must list at least one user");
  const externalUsers = list<{ email: string }>('externalUsers').map((u, i) => ({ ...u, email: email(`externalUsers[${i}]`, 'email', isObject(u) ? u.email : u) }));
  const groups = list<{ email: string; members: string[] }>('groups').map((g, i) => {
    if (!isObject(g) || !Array.isArray(g.members)) throw new ScenarioError(`groups[${i}]: field 'members' must be a list`);
    return { email: email(`groups[${i}]`, 'email', g.email), members: g.members.map((m, j) => email(`groups[${i}].members[${j}]`, 'member', m)) };
  });
  const contacts: Record<string, ScenarioContact[]> = {};
  const rawContacts = raw.contacts ?? {};
  if (!isObject(rawContacts)) throw new ScenarioError("field 'contacts' must be an object of account -> contacts");
  for (const [account, items] of Object.entries(rawContacts)) {
    if (!Array.isArray(items)) throw new ScenarioError(`contacts.${account} must be a list`);
    contacts[account.toLowerCase()] = items.map((c, i) => {
      const where = `contacts.${account}[${i}]`;
      if (!isObject(c)) throw new ScenarioError(`${where} must be an object`);
      checkField(where, 'key', 'string', c.key);
      checkField(where, 'person', 'person', c.person);
      if (c.groups !== undefined && (!Array.isArray(c.groups) || c.groups.some((g) => typeof g !== 'string'))) {
        throw new ScenarioError(`${where}: field 'groups' must be a list of group names`);
      }
      return c as unknown as ScenarioContact;
    });
  }
  const steps = list<Step>('steps').map((s, i) => {
    if (!isObject(s)) throw new ScenarioError(`step ${i} must be an object`);
    const verb = VERBS[String(s.do)];
    if (!verb) throw new ScenarioError(`step ${i}: unknown verb '${String(s.do)}' in field 'do'`);
    const where = `step ${i} (${String(s.do)})`;
    if (verb.actor) email(where, 'as', s.as);
    for (const [name, type] of Object.entries(verb.required)) {
      if (s[name] === undefined) throw new ScenarioError(`${where}: missing field '${name}'`);
      checkField(where, name, type, s[name]);
    }
    for (const [name, type] of Object.entries(verb.optional ?? {})) if (s[name] !== undefined) checkField(where, name, type, s[name]);
    const known = new Set(['do', 'as', ...Object.keys(verb.required), ...Object.keys(verb.optional ?? {})]);
    // A typo ('lable') must not pass silently; free notes go in 'note' or a field starting with '_'.
    for (const k of Object.keys(s)) if (!known.has(k) && k !== 'note' && !k.startsWith('_')) throw new ScenarioError(`${where}: unknown field '${k}'`);
    return s as Step;
  });
  const edition = raw.edition ?? 'ENTERPRISE';
  checkField('file', 'edition', 'edition', edition);
  const seats = raw.seats === undefined ? 'unlimited' : raw.seats;
  if (seats !== 'unlimited' && (typeof seats !== 'number' || seats < 0)) throw new ScenarioError("field 'seats' must be a number");
  const admin = raw.admin === undefined ? users[0].email : email('file', 'admin', raw.admin);
  if (!users.some((u) => u.email === admin)) throw new ScenarioError(`field 'admin': ${admin} is not one of the users`);
  return {
    domain,
    secondaryDomains: list<string>('secondaryDomains').map((d) => String(d).toLowerCase()),
    edition: String(edition),
    seats: seats as number | 'unlimited',
    admin,
    users,
    externalUsers,
    groups,
    contacts,
    steps,
    seed: typeof raw.seed === 'number' ? raw.seed : 1,
  };
}
