// PeopleAdvancedActorContacts on the emulator: calls per operation (search warm-up), the fields read, and failures.
import {
  ACTOR_CONTACT_FIELDS,
  PeopleAdvancedActorContacts,
} from '../../src/adapters/people-advanced-actor-contacts';
import type { World } from '../../emulator/core/world';
import { addUser, suspendUser } from '../../emulator/directory/admin';
import { seedContact, seedGroup } from '../../emulator/people/contacts-ui';
import { harnessRuntime, inExecution } from '../support/apps-script';
import { fullWorld } from './support/emulated';
import { thrown } from '../support/errors';

const ACTOR = 'alice@example.com';

function setup(): { world: World; run<T>(fn: (c: PeopleAdvancedActorContacts) => T): T; rn: string } {
  const world = fullWorld();
  addUser(world, { email: ACTOR });
  const group = seedGroup(world, ACTOR, 'Clients');
  const rn = String(
    seedContact(
      world,
      ACTOR,
      { names: [{ givenName: 'Ada', familyName: 'Lovelace' }] },
      { groups: [String(group.resourceName)] },
    ).resourceName,
  );
  const rt = harnessRuntime(world);
  return {
    world,
    rn,
    run: (fn) => inExecution(rt, ACTOR, (g) => fn(new PeopleAdvancedActorContacts(g.People))),
  };
}

const peopleCalls = (world: World, since = 0) => world.callCounts(since).people.byMethod;

describe('PeopleAdvancedActorContacts', () => {
  it('reads the synced fields, clientData and memberships', () => {
    expect(ACTOR_CONTACT_FIELDS.split(',').sort()).toEqual([
      'addresses',
      'biographies',
      'birthdays',
      'clientData',
      'emailAddresses',
      'memberships',
      'names',
      'organizations',
      'phoneNumbers',
      'urls',
      'userDefined',
    ]);
    const s = setup();
    const c = s.run((a) => a.get(s.rn));
    const groups = (
      c?.person.memberships as Array<{ contactGroupMembership?: { contactGroupResourceName?: string } }>
    ).map((m) => m.contactGroupMembership?.contactGroupResourceName);
    expect(groups).toEqual(expect.arrayContaining(['contactGroups/myContacts']));
    expect(groups).toHaveLength(2);
  });

  it('get = 1 call; a name that is not a contact (people/me, a profile, a group) = 0 calls', () => {
    const s = setup();
    s.run((a) => a.get(s.rn));
    expect(peopleCalls(s.world)).toEqual({ 'people.people.get': 1 });
    s.run((a) => [a.get('people/me'), a.get('people/112233445566778899'), a.get('contactGroups/myContacts')]);
    expect(peopleCalls(s.world)).toEqual({ 'people.people.get': 1 });
  });

  it('warms the search cache once per execution: the first search costs 2 calls, later ones 1', () => {
    const s = setup();
    s.run((a) => {
      expect(a.search('ada', 10)).toHaveLength(1);
      expect(a.search('love', 10)).toHaveLength(1);
    });
    expect(peopleCalls(s.world)).toEqual({ 'people.people.searchContacts': 3 });
    s.run((a) => a.search('ada', 10));
    expect(peopleCalls(s.world)).toEqual({ 'people.people.searchContacts': 5 });
  });

  it('an empty query or a zero limit costs no call', () => {
    const s = setup();
    s.run((a) => [a.search('', 10), a.search('ada', 0)]);
    expect(s.world.calls).toHaveLength(0);
  });

  it('429 and 5xx are UNAVAILABLE; a refused account is PERMISSION_DENIED', () => {
    const s = setup();
    s.world.setFaults({ people: { error503: 1 } });
    expect(thrown(() => s.run((a) => a.get(s.rn))).key).toBe('error.contacts.unavailable');
    s.world.setFaults({ people: { error429: 1 } });
    expect(thrown(() => s.run((a) => a.search('ada', 5))).code).toBe('UNAVAILABLE');
    s.world.setFaults({});
    suspendUser(s.world, ACTOR);
    const e = thrown(() => s.run((a) => a.get(s.rn)));
    expect(e.code).toBe('PERMISSION_DENIED');
    expect(e.key).toBe('error.contacts.denied');
  });
});
