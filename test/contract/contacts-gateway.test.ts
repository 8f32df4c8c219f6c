// ContactsGateway contract: the People advanced service and REST with a token behave the same on the emulator.
import { createWorld, type World } from '../../emulator';
import { addUser, suspendUser } from '../../emulator/directory/admin';
import { AppsScriptBudget } from '../../src/adapters/apps-script-budget';
import { PeopleAdvancedTransport } from '../../src/adapters/people-advanced-transport';
import { PeopleGateway } from '../../src/adapters/people-gateway';
import { PeopleRestTransport } from '../../src/adapters/people-rest-transport';
import { GatewayError, type ContactsGateway, type CopyTag } from '../../src/core/ports/contacts-gateway';
import { emptyPerson, toPeoplePerson } from '../../src/core/person';
import { harnessRuntime, inExecution, type AppsScriptGlobals } from '../support/apps-script';

type Face = 'advanced' | 'rest';
const USER = 'bob@example.com';

function setup(opts: { contactLimit?: number } = {}) {
  const world = createWorld({ seed: 3 });
  addUser(world, { email: 'admin@example.com', isAdmin: true });
  addUser(world, { email: USER, contactLimit: opts.contactLimit });
  return { world, rt: harnessRuntime(world) };
}

function gateway(face: Face, g: AppsScriptGlobals, world: World): ContactsGateway {
  const budget = new AppsScriptBudget(g.Utilities, world.clock.now() + 5 * 60 * 1000, () => world.clock.now());
  const transport = face === 'advanced' ? new PeopleAdvancedTransport(g.People) : new PeopleRestTransport(g.UrlFetchApp, () => g.ScriptApp.getOAuthToken());
  return new PeopleGateway(USER, transport, budget);
}

const tag = (masterId: string, revision = 1): CopyTag => ({ masterId, revision, hash: 'h' + revision, adopted: false });
const person = (given: string) => toPeoplePerson({ ...emptyPerson(), names: { givenName: given, familyName: 'Lee' }, emailAddresses: [{ value: `${given.toLowerCase()}@client.test` }] });

describe.each<Face>(['advanced', 'rest'])('ContactsGateway over %s', (face) => {
  function run<T>(s: ReturnType<typeof setup>, fn: (gw: ContactsGateway) => T): T {
    return inExecution(s.rt, USER, (g) => fn(gateway(face, g, s.world)));
  }

  it('creates tagged copies in a label group and reads them back fully, then incrementally', () => {
    const s = setup();
    const { group, created, first } = run(s, (gw) => {
      const group = gw.createGroup('Clients', 'lbl_1');
      const created = gw.createCopies([
        { person: person('Ann'), tag: tag('ctc_1'), groups: [group.resourceName, 'contactGroups/myContacts'] },
        { person: person('Ben'), tag: tag('ctc_2'), groups: [group.resourceName] },
      ]);
      return { group, created, first: gw.readChanges(null) };
    });
    expect(group).toEqual(expect.objectContaining({ name: 'Clients', labelId: 'lbl_1' }));
    expect(created.map((p) => p.tag?.masterId)).toEqual(['ctc_1', 'ctc_2']);
    expect(first.full).toBe(true);
    expect(first.people.map((p) => [p.tag?.masterId, p.groups.includes(group.resourceName)]).sort()).toEqual([['ctc_1', true], ['ctc_2', true]]);
    const again = run(s, (gw) => gw.readChanges(first.nextSyncToken));
    expect(again).toEqual(expect.objectContaining({ people: [], full: false }));
  });

  it('updates with the etag, refuses a stale etag, and reports deletions incrementally', () => {
    const s = setup();
    const [c] = run(s, (gw) => gw.createCopies([{ person: person('Ann'), tag: tag('ctc_1'), groups: [] }]));
    const token = run(s, (gw) => gw.readChanges(null)).nextSyncToken;
    const [u] = run(s, (gw) => gw.updateCopies([{ resourceName: c.resourceName, etag: c.etag, person: person('Annie'), tag: tag('ctc_1', 2) }]));
    expect(u.tag).toEqual(tag('ctc_1', 2));
    const stale = run(s, (gw) => {
      try {
        gw.updateCopies([{ resourceName: c.resourceName, etag: c.etag, person: person('Anna'), tag: tag('ctc_1', 3) }]);
        return null;
      } catch (e) {
        return (e as GatewayError).failure.kind;
      }
    });
    expect(stale).toBe('staleEtag');
    run(s, (gw) => gw.deleteContacts([c.resourceName]));
    const changes = run(s, (gw) => gw.readChanges(token));
    expect(changes.people.filter((p) => p.deleted).map((p) => p.resourceName)).toEqual([c.resourceName]);
  });

  it('moves contacts between groups, renames and deletes a group without deleting its contacts', () => {
    const s = setup();
    const out = run(s, (gw) => {
      const g = gw.createGroup('Clients', 'lbl_1');
      const [c] = gw.createCopies([{ person: person('Ann'), tag: tag('ctc_1'), groups: [] }]);
      gw.modifyMembers(g.resourceName, [c.resourceName], []);
      const inGroup = gw.getPeople([c.resourceName])[0].groups.includes(g.resourceName);
      const renamed = gw.renameGroup(g, 'Key clients');
      gw.deleteGroup(g.resourceName);
      return { inGroup, renamed, groups: gw.listGroups(), still: gw.getPeople([c.resourceName]).length };
    });
    expect(out.inGroup).toBe(true);
    expect(out.renamed.name).toBe('Key clients');
    expect(out.groups).toEqual([]);
    expect(out.still).toBe(1);
  });

  it('classifies a full account as contactLimit and writes nothing', () => {
    const s = setup({ contactLimit: 1 });
    const kind = run(s, (gw) => {
      try {
        gw.createCopies([{ person: person('Ann'), tag: tag('a'), groups: [] }, { person: person('Ben'), tag: tag('b'), groups: [] }]);
        return 'none';
      } catch (e) {
        return (e as GatewayError).failure.kind;
      }
    });
    expect(kind).toBe('contactLimit');
    expect(run(s, (gw) => gw.readChanges(null)).people).toEqual([]);
  });

  it('retries 429 and 500 faults transparently within the budget', () => {
    const s = setup();
    s.world.setFaults({ people: { error429: 0.3, error500: 0.2 }, seed: 11 });
    const created = run(s, (gw) => gw.createCopies([{ person: person('Ann'), tag: tag('ctc_1'), groups: [] }]));
    s.world.setFaults({});
    expect(created).toHaveLength(1);
    expect(run(s, (gw) => gw.readChanges(null)).people).toHaveLength(1);
  });

  it('falls back to a full read when the sync token has expired', () => {
    const s = setup();
    run(s, (gw) => gw.createCopies([{ person: person('Ann'), tag: tag('ctc_1'), groups: [] }]));
    const token = run(s, (gw) => gw.readChanges(null)).nextSyncToken;
    s.world.clock.advance(8 * 24 * 3600 * 1000);
    const r = run(s, (gw) => gw.readChanges(token));
    expect(r.full).toBe(true);
    expect(r.people).toHaveLength(1);
  });
});

describe('ContactsGateway over REST for another user', () => {
  // A suspended user's tokens stop working (401): the gateway says 'revoked'; SUSPENDED itself comes from the Directory.
  it('reports an account whose token stopped working as revoked', () => {
    const s = setup();
    suspendUser(s.world, USER);
    const failure = inExecution(s.rt, 'admin@example.com', (g) => {
      const gw = new PeopleGateway(USER, new PeopleRestTransport(g.UrlFetchApp, () => 'dev:' + USER), new AppsScriptBudget(g.Utilities, Date.now() + 60000));
      try {
        gw.readChanges(null);
        return null;
      } catch (e) {
        return (e as GatewayError).failure;
      }
    });
    expect(failure).toEqual(expect.objectContaining({ kind: 'account', state: 'revoked' }));
  });
});
