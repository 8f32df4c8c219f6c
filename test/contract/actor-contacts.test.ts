// Runs the ActorContacts contract over the fake and over PeopleAdvancedActorContacts on the emulator.
import { InMemoryActorContacts } from '../../src/adapters/in-memory-actor-contacts';
import { PeopleAdvancedActorContacts } from '../../src/adapters/people-advanced-actor-contacts';
import { addUser } from '../../emulator/directory/admin';
import { removeContact, seedContact } from '../../emulator/people/contacts-ui';
import { harnessRuntime } from '../support/apps-script';
import { fullWorld, perExecution } from '../adapters/support/emulated';
import { actorContactsContract, type ActorContactsFixture } from './actor-contacts.contract';

const ACTOR = 'alice@example.com';

function fake(): ActorContactsFixture {
  const contacts = new InMemoryActorContacts();
  return { contacts, add: (p) => contacts.add(p).resourceName, remove: (rn) => contacts.remove(rn) };
}

function emulated(): ActorContactsFixture {
  const world = fullWorld();
  addUser(world, { email: ACTOR });
  return {
    contacts: perExecution(harnessRuntime(world), ACTOR, (g) => new PeopleAdvancedActorContacts(g.People)),
    add: (p) => String(seedContact(world, ACTOR, p).resourceName),
    remove: (rn) => removeContact(world, ACTOR, rn),
  };
}

describe.each([
  ['InMemoryActorContacts', fake],
  ['PeopleAdvancedActorContacts on the emulator', emulated],
])('ActorContacts contract: %s', (_name, make) => {
  actorContactsContract(make);
});
