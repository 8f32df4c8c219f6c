// Builds the simulated domain a scenario describes and sets the product up in it as an admin would: the service-account
// key pasted, delegation authorised, the backing spreadsheet created, the hourly trigger installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorld, type World } from '../../emulator';
import { AppsScriptRuntime, type Manifest } from '../../emulator/appsscript/runtime';
import { addExternal, addGroup, addMember, addUser, suspendUser } from '../../emulator/directory/admin';
import { authorizeDwd, issueServiceAccountKey } from '../../emulator/oauth/keys';
import { findGroupByName, seedContact, seedGroup, setGroupMembership } from '../../emulator/people/contacts-ui';
import { DWD_SCOPES } from '../../src/core/ports/tokens';
import type { Scenario } from './schema';
import { ScenarioError } from './schema';
import { command, type Session } from './session';

const root = join(__dirname, '../..');

export function loadBundle(): { code: string; manifest: Manifest } {
  return {
    code: readFileSync(join(root, 'build/Code.js'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8')) as Manifest,
  };
}

/** The Google side of the domain: users, outside accounts, groups and each account's own contacts. */
export function buildWorld(s: Scenario): { world: World; own: Map<string, Map<string, string>> } {
  const world = createWorld({ seed: s.seed, primaryDomain: s.domain, secondaryDomains: s.secondaryDomains });
  for (const u of s.users) addUser(world, { email: u.email, isAdmin: u.email === s.admin || u.isAdmin === true, contactLimit: u.contactLimit });
  for (const u of s.users) if (u.suspended) suspendUser(world, u.email);
  for (const x of s.externalUsers) addExternal(world, { email: x.email, contactLimit: x.contactLimit });
  for (const g of s.groups) addGroup(world, { email: g.email, members: [] });
  for (const g of s.groups) for (const m of g.members) addMember(world, g.email, m);
  const own = new Map<string, Map<string, string>>();
  for (const [account, contacts] of Object.entries(s.contacts)) {
    if (world.accountState(account) === 'unknown') throw new ScenarioError(`contacts.${account}: no such user or outside account in the file`);
    const keys = new Map<string, string>();
    for (const c of contacts) {
      const rn = seedContact(world, account, c.person).resourceName as string;
      keys.set(c.key, rn);
      // An extension of the format: the user's own groups the contact is in (made if missing).
      for (const name of c.groups ?? []) {
        const group = findGroupByName(world, account, name) ?? seedGroup(world, account, name);
        setGroupMembership(world, account, rn, String(group.resourceName), true);
      }
    }
    own.set(account, keys);
  }
  return { world, own };
}

/** The admin's one-time setup, through the product's own commands. Throws if any step is refused: the file cannot run. */
export function setUpProduct(session: Session, s: Scenario): void {
  const { world } = session;
  const key = issueServiceAccountKey(world, { projectId: 'shared-labels' });
  authorizeDwd(world, key.client_id, [...DWD_SCOPES]);
  const steps: Array<[string, unknown]> = [
    ['claimAdmin', {}],
    ['setServiceAccountKey', { json: JSON.stringify(key) }],
    ['createBackingStore', {}],
    ['installSyncTrigger', {}],
  ];
  if (s.edition !== 'ENTERPRISE') steps.push(['setEdition', { edition: s.edition }]);
  if (s.seats !== 'unlimited') steps.push(['setSeats', { seats: s.seats }]);
  for (const [name, input] of steps) {
    const r = command(session, s.admin, name, input);
    if (!r.ok) throw new ScenarioError(`setup step ${name} as ${s.admin} was refused: ${r.error.message}`);
  }
}

export function newRuntime(world: World): AppsScriptRuntime {
  const { code, manifest } = loadBundle();
  return new AppsScriptRuntime(world, code, manifest);
}
