// Runs the Directory contract over the fake, AdminDirectoryAdvanced (as the admin) and DirectoryRest (DWD, run by an outsider).
import { AdminDirectoryAdvanced } from '../../src/adapters/admin-directory-advanced';
import { DWD_KEY_PROPERTY } from '../../src/adapters/dwd-token-service';
import { DirectoryRest } from '../../src/adapters/directory-rest';
import { EVERYONE, InMemoryDirectory } from '../../src/adapters/in-memory-directory';
import type { Directory } from '../../src/core/ports/infrastructure';
import type { World } from '../../emulator/core/world';
import {
  addGroup,
  addMember,
  addUser,
  archiveUser,
  banUser,
  CUSTOMER_MEMBER,
  deleteUser,
} from '../../emulator/directory/admin';
import { harnessRuntime } from '../support/apps-script';
import { delegatedKey, fullWorld, MapConfig, perExecution, tokenService } from '../adapters/support/emulated';
import { ADMIN, directoryContract, type DirectorySeed } from './directory.contract';

function fake(seed: DirectorySeed): Directory {
  const d = new InMemoryDirectory(seed.primary, seed.secondary);
  for (const u of seed.users) {
    const { state, ...rest } = u;
    d.addUser(rest);
    if (state && state !== 'active') d.setState(u.email, state);
  }
  for (const g of seed.groups)
    d.addGroup(
      g.email,
      g.members.map((m) => (m === 'customer' ? EVERYONE : m)),
    );
  return d;
}

/** The seed as the Admin console would hold it: groups created empty first, so members may nest in any order. */
function seededWorld(seed: DirectorySeed): World {
  const world = fullWorld({ primaryDomain: seed.primary, secondaryDomains: seed.secondary });
  for (const u of seed.users) {
    addUser(world, {
      email: u.email,
      givenName: u.givenName,
      familyName: u.familyName,
      isAdmin: u.isAdmin,
      aliases: u.aliases,
      phones: u.phones,
      title: u.title,
      department: u.department,
      location: u.location,
      suspended: u.state === 'suspended',
    });
  }
  for (const g of seed.groups) addGroup(world, { email: g.email, members: [] });
  for (const g of seed.groups)
    for (const m of g.members) addMember(world, g.email, m === 'customer' ? CUSTOMER_MEMBER : m);
  for (const u of seed.users) {
    if (u.state === 'archived') archiveUser(world, u.email);
    if (u.state === 'banned') banUser(world, u.email);
    if (u.state === 'deleted') deleteUser(world, u.email);
  }
  return world;
}

function advanced(seed: DirectorySeed): Directory {
  const world = seededWorld(seed);
  return perExecution(
    harnessRuntime(world),
    ADMIN,
    (g) =>
      new AdminDirectoryAdvanced(g.AdminDirectory, { adminEmail: ADMIN, secondaryDomains: seed.secondary }),
  );
}

function rest(seed: DirectorySeed): Directory {
  const world = seededWorld(seed);
  const config = new MapConfig();
  config.set(DWD_KEY_PROPERTY, JSON.stringify(delegatedKey(world)));
  // Run by someone who is not even in the directory: the REST adapter acts only through the admin's DWD token.
  return perExecution(
    harnessRuntime(world),
    'visitor@outside.test',
    (g) =>
      new DirectoryRest(g.UrlFetchApp, tokenService(g, world, config), {
        adminEmail: ADMIN,
        secondaryDomains: seed.secondary,
      }),
  );
}

describe.each([
  ['InMemoryDirectory', fake],
  ['AdminDirectoryAdvanced on the emulator', advanced],
  ['DirectoryRest with DWD on the emulator', rest],
])('Directory contract: %s', (_name, make) => {
  directoryContract(make);
});
