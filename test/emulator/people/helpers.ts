// Test helpers: a world with People accounts, People calls over REST or as the advanced service, and body accessors.
import { createWorld } from '../../../emulator';
import { buildAdvancedService } from '../../../emulator/appsscript/advanced-service';
import type { EmulatorConfig } from '../../../emulator/core/config';
import { installSchemaValidation } from '../../../emulator/core/schema';
import type { ApiResponse } from '../../../emulator/core/types';
import type { World } from '../../../emulator/core/world';
import { addExternal, addUser } from '../../../emulator/directory/admin';

export type J = Record<string, unknown>;

export const ANN = 'ann@example.com';
export const BOB = 'bob@example.com';
export const EXT = 'pat@partner.org';
export const CONTACTS = 'https://www.googleapis.com/auth/contacts';
export const CONTACTS_RO = 'https://www.googleapis.com/auth/contacts.readonly';

/** A fresh world (seed 1, schema validation on) with two active domain users and one external account. */
export function peopleWorld(config: Partial<EmulatorConfig> = {}): World {
  const world = createWorld({ seed: 1, config });
  installSchemaValidation(world);
  addUser(world, { email: ANN, givenName: 'Ann', familyName: 'Lee' });
  addUser(world, { email: BOB });
  addExternal(world, { email: EXT });
  return world;
}

/** One REST call, as a token with `scopes` for `caller` would make it. */
export function rest(
  world: World,
  methodId: string,
  params: J = {},
  body?: unknown,
  caller = ANN,
  scopes: string[] = [CONTACTS],
): ApiResponse {
  return world.call({
    service: 'people',
    methodId,
    params,
    body,
    caller: { email: caller, scopes },
    via: 'rest',
  });
}

/** A body of a successful call; fails the test with the error body otherwise. */
export function ok(res: ApiResponse): J {
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as J;
}

export interface ErrorShape {
  code: number;
  message: string;
  status: string;
  errors: Array<{ reason: string; domain: string; message: string }>;
  details?: J[];
}

export const errorOf = (res: ApiResponse) => (res.body as { error: ErrorShape }).error;

type Fn = (...args: unknown[]) => J;

/** The `People` advanced-service global, typed just enough for tests. */
export interface PeopleGlobal {
  People: {
    get: Fn;
    getBatchGet: Fn;
    createContact: Fn;
    updateContact: Fn;
    deleteContact: Fn;
    searchContacts: Fn;
    batchCreateContacts: Fn;
    batchUpdateContacts: Fn;
    batchDeleteContacts: Fn;
    Connections: { list: Fn };
  };
  ContactGroups: {
    list: Fn;
    get: Fn;
    batchGet: Fn;
    create: Fn;
    update: Fn;
    delete: Fn;
    Members: { modify: Fn };
  };
}

export function advanced(world: World, email = ANN): PeopleGlobal {
  return buildAdvancedService(world, 'people', () => email) as unknown as PeopleGlobal;
}

export const arr = (body: J, key: string) => (body[key] ?? []) as J[];
export const names = (people: J[]) =>
  people.map((p) => ((p.names as J[] | undefined)?.[0]?.givenName as string | undefined) ?? '');

/** Creates `n` contacts named Given0…Given(n-1) through the API and returns their resource names. */
export function createMany(world: World, n: number, caller = ANN): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i += 200) {
    const contacts = Array.from({ length: Math.min(200, n - i) }, (_, k) => ({
      contactPerson: { names: [{ givenName: `Given${i + k}`, familyName: `Family${i + k}` }] },
    }));
    const body = ok(
      rest(world, 'people.people.batchCreateContacts', {}, { contacts, readMask: 'names' }, caller),
    );
    for (const c of arr(body, 'createdPeople')) out.push((c.person as J).resourceName as string);
  }
  return out;
}
