// A domain on the emulator and a SyncContext over real gateways (REST with per-user tokens, as DWD gives) and the real
// Directory adapter, with the in-memory store, lock and config: the sync engine exercised against faithful People.
import { createWorld, type World } from '../../../emulator';
import { addGroup, addUser } from '../../../emulator/directory/admin';
import { listPersons, seedContact } from '../../../emulator/people/contacts-ui';
import type { AppsScriptRuntime } from '../../../emulator/appsscript/runtime';
import { AdminDirectoryAdvanced } from '../../../src/adapters/admin-directory-advanced';
import { AppsScriptBudget } from '../../../src/adapters/apps-script-budget';
import { InMemoryActorContacts } from '../../../src/adapters/in-memory-actor-contacts';
import { InMemoryConfig } from '../../../src/adapters/in-memory-config';
import { InMemoryLock } from '../../../src/adapters/in-memory-lock';
import { InMemoryStore } from '../../../src/adapters/in-memory-store';
import { PeopleGateway } from '../../../src/adapters/people-gateway';
import { PeopleRestTransport } from '../../../src/adapters/people-rest-transport';
import { runSync, type SyncContext, type SyncReport } from '../../../src/app/sync/run';
import { Model } from '../../../src/app/store/model';
import { counterIdSource } from '../../../src/core/ids';
import type { Grant, Label, MasterContact } from '../../../src/core/model';
import { emptyPerson, type MasterPerson } from '../../../src/core/person';
import type { GrantRole } from '../../../src/core/role';
import { harnessRuntime, inExecution } from '../../support/apps-script';

export const ADMIN = 'admin@example.com';

export interface SyncDomain {
  world: World;
  rt: AppsScriptRuntime;
  store: InMemoryStore;
  lock: InMemoryLock;
  config: InMemoryConfig;
  ids: ReturnType<typeof counterIdSource>;
  sync(opts?: { killAfterCalls?: number; budgetMs?: number }): SyncReport;
  syncUntilIdle(max?: number): SyncReport[];
  /** Changes the store as a command would (under no lock: tests are single-threaded). */
  edit(fn: (m: Model) => void): void;
  read<T>(fn: (m: Model) => T): T;
}

export function syncDomain(users: Array<{ email: string; contactLimit?: number }>, groups: Array<{ email: string; members: string[] }> = []): SyncDomain {
  const world = createWorld({ seed: 5 });
  addUser(world, { email: ADMIN, isAdmin: true });
  for (const u of users) addUser(world, u);
  for (const g of groups) addGroup(world, g);
  const rt = harnessRuntime(world);
  const store = new InMemoryStore();
  const lock = new InMemoryLock();
  const config = new InMemoryConfig('example.com');
  const ids = counterIdSource();
  const d: SyncDomain = {
    world, rt, store, lock, config, ids,
    sync(opts = {}) {
      return inExecution(rt, ADMIN, (g) => {
        const now = () => world.clock.now();
        const budget = new AppsScriptBudget(g.Utilities, now() + (opts.budgetMs ?? 5 * 60 * 1000), now);
        const ctx: SyncContext = {
          actor: ADMIN,
          clock: { nowMs: now },
          ids,
          store,
          lock,
          config,
          directory: new AdminDirectoryAdvanced(g.AdminDirectory, { adminEmail: ADMIN }),
          mailer: { send: () => undefined },
          actorContacts: new InMemoryActorContacts(),
          addonUrl: 'https://mail.google.com/',
          budget,
          gatewayFor: (email) => new PeopleGateway(email, new PeopleRestTransport(g.UrlFetchApp, () => `dev:${email}`), budget),
          reach: 'domain',
          log: () => undefined,
        };
        return runSync(ctx);
      }, { kind: 'trigger', killAfterCalls: opts.killAfterCalls });
    },
    syncUntilIdle(max = 20) {
      const reports: SyncReport[] = [];
      for (let i = 0; i < max; i++) {
        const r = d.sync();
        reports.push(r);
        if (r.pending.length === 0 && r.changesAccepted === 0 && r.putBack === 0 && i > 0) break;
      }
      return reports;
    },
    edit(fn) {
      const snap = store.load(['labels', 'grants', 'contacts', 'history', 'collaborators', 'comments', 'audit', 'syncState']);
      const m = new Model(snap);
      fn(m);
      if (m.hasChanges()) store.save(snap, m.changes(), { loadedUnderLock: true });
    },
    read(fn) {
      return fn(new Model(store.load(['labels', 'grants', 'contacts', 'history', 'collaborators', 'comments', 'audit', 'syncState'])));
    },
  };
  return d;
}

export const NOW = '2026-01-05T09:00:00.000Z';

export function label(id: string, name: string, owner: string): Label {
  return { id, name, owner, createdAt: NOW, updatedAt: NOW, deleted: false, feed: null };
}

export function grant(id: string, labelId: string, email: string, role: GrantRole, kind: 'user' | 'group' = 'user'): Grant {
  return { id, labelId, grantee: { kind, email }, role, grantedBy: 'alice@example.com', grantedAt: NOW, syncToMobile: true, acceptedAt: NOW, invitedAt: NOW };
}

export function contact(id: string, labelIds: string[], person: Partial<MasterPerson>): MasterContact {
  return {
    id, labelIds, revision: 1, createdAt: NOW, createdBy: 'alice@example.com', updatedAt: NOW, updatedBy: 'alice@example.com',
    deleted: false, person: { ...emptyPerson(), ...person }, adoptedFrom: null, feedKey: null,
  };
}

/** The account's contacts as Google holds them, with the master each copy mirrors (null for the user's own). */
export function contactsOf(world: World, email: string) {
  return listPersons(world, email).map((p) => {
    const data = (p.clientData as Array<{ key: string; value: string }> | undefined) ?? [];
    return { p, master: data.find((x) => x.key === 'sharedLabels.master')?.value ?? null };
  });
}

export { seedContact, listPersons };
