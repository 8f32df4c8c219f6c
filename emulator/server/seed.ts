// The minimal seed file HTTP mode accepts (`--scenario`), and the tiny default domain it serves without one.
import { readFileSync } from 'node:fs';
import { createWorld, type World } from '../index';
import {
  addExternal,
  addGroup,
  addUser,
  type NewExternal,
  type NewGroup,
  type NewUser,
} from '../directory/admin';

/** `{domain, users, groups, externalUsers}`: a domain, its users and groups, and accounts outside it. */
export interface SeedFile {
  domain: string;
  secondaryDomains?: string[];
  users: NewUser[];
  groups?: NewGroup[];
  externalUsers?: NewExternal[];
}

/** admin@ (a domain admin), alice@, bob@, and the group sales@ with bob: enough to try every API by hand. */
export const DEFAULT_SEED: SeedFile = {
  domain: 'example.com',
  users: [
    { email: 'admin@example.com', isAdmin: true },
    { email: 'alice@example.com' },
    { email: 'bob@example.com' },
  ],
  groups: [{ email: 'sales@example.com', members: ['bob@example.com'] }],
  externalUsers: [],
};

const TOP_KEYS = new Set(['domain', 'secondaryDomains', 'users', 'groups', 'externalUsers']);

function fail(file: string, why: string): never {
  throw new Error(
    `${file}: ${why}. HTTP mode reads seed files {domain, users:[{email, isAdmin?}], groups:[{email, members}], externalUsers:[{email}]}.`,
  );
}

function entries(file: string, raw: Record<string, unknown>, key: string): Array<Record<string, unknown>> {
  const v = raw[key] ?? [];
  if (!Array.isArray(v)) fail(file, `"${key}" must be an array`);
  return v.map((e, i) => {
    if (e === null || typeof e !== 'object' || typeof (e as { email?: unknown }).email !== 'string') {
      fail(file, `${key}[${i}] needs an "email" string`);
    }
    return e as Record<string, unknown>;
  });
}

/** Checks the shape of a parsed seed file; `file` names it in errors. */
export function parseSeed(raw: unknown, file = 'seed'): SeedFile {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(file, 'not a JSON object');
  const obj = raw as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !TOP_KEYS.has(k));
  if (unknown.length) fail(file, `unsupported keys ${unknown.join(', ')}`);
  if (typeof obj.domain !== 'string' || !obj.domain) fail(file, '"domain" must be a non-empty string');
  const secondary = obj.secondaryDomains ?? [];
  if (!Array.isArray(secondary) || secondary.some((d) => typeof d !== 'string')) {
    fail(file, '"secondaryDomains" must be an array of strings');
  }
  const groups = entries(file, obj, 'groups');
  groups.forEach((g, i) => {
    if (!Array.isArray(g.members) || g.members.some((m) => typeof m !== 'string')) {
      fail(file, `groups[${i}].members must be an array of email strings (or "customer")`);
    }
  });
  return {
    domain: obj.domain,
    secondaryDomains: secondary as string[],
    users: entries(file, obj, 'users') as unknown as NewUser[],
    groups: groups as unknown as NewGroup[],
    externalUsers: entries(file, obj, 'externalUsers') as unknown as NewExternal[],
  };
}

export function readSeedFile(path: string): SeedFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(path, `cannot read JSON (${(e as Error).message})`);
  }
  return parseSeed(raw, path);
}

/** Adds the seed's users, then externals, then groups (in file order, so a nested group follows the groups it names). */
export function applySeed(world: World, seed: SeedFile): void {
  for (const u of seed.users) addUser(world, u);
  for (const x of seed.externalUsers ?? []) addExternal(world, x);
  for (const g of seed.groups ?? []) addGroup(world, g);
}

/** A fresh world for `seed`'s domain with its accounts added. */
export function createSeededWorld(seed: SeedFile, opts: { seed?: number } = {}): World {
  const world = createWorld({
    seed: opts.seed ?? 1,
    primaryDomain: seed.domain,
    secondaryDomains: seed.secondaryDomains,
  });
  applySeed(world, seed);
  return world;
}
