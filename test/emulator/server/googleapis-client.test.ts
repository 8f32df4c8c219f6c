// The official googleapis Node client against the HTTP emulator: every People method the product uses, schema-checked.
import type { people_v1 } from 'googleapis';
import { failureOf, startClientHarness, type ClientHarness } from './client-harness';

const ALICE = 'alice@example.com';
const person = (givenName: string, extra: people_v1.Schema$Person = {}): people_v1.Schema$Person => ({
  names: [{ givenName }],
  ...extra,
});

describe('googleapis People client against the HTTP emulator', () => {
  let h: ClientHarness;
  let people: people_v1.People;

  beforeEach(async () => {
    h = await startClientHarness();
    people = h.as(ALICE).people;
  });
  afterEach(() => h.close());

  async function createMany(...names: string[]): Promise<people_v1.Schema$Person[]> {
    const res = await people.people.batchCreateContacts({
      requestBody: { contacts: names.map((n) => ({ contactPerson: person(n) })), readMask: 'names' },
    });
    return (res.data.createdPeople ?? []).map((c) => c.person ?? {});
  }

  it("creates a contact with clientData and reads it back with people.get, in that user's contacts only", async () => {
    const created = await people.people.createContact({
      personFields: 'names,emailAddresses,clientData',
      requestBody: person('Ada', {
        names: [{ givenName: 'Ada', familyName: 'Lovelace' }],
        emailAddresses: [{ value: 'ada@example.org' }],
        clientData: [{ key: 'sl.master', value: 'm-1' }],
      }),
    });
    expect(created.status).toBe(200);
    expect(created.data.resourceName).toMatch(/^people\/c\w+$/);
    expect(created.data.etag).toBeTruthy();
    expect(created.data.names?.[0]).toMatchObject({ givenName: 'Ada', familyName: 'Lovelace' });

    const got = await people.people.get({
      resourceName: created.data.resourceName ?? '',
      personFields: 'names,emailAddresses,clientData',
    });
    expect(got.data.emailAddresses?.[0]?.value).toBe('ada@example.org');
    expect(got.data.clientData).toEqual([expect.objectContaining({ key: 'sl.master', value: 'm-1' })]);

    const bobs = await h
      .as('bob@example.com')
      .people.people.connections.list({ resourceName: 'people/me', personFields: 'names' });
    expect(bobs.data.connections ?? []).toHaveLength(0);
  });

  it('creates contacts in a batch, returning each created person under the read mask', async () => {
    const created = await createMany('Ann', 'Ben', 'Cid');
    expect(created.map((p) => p.names?.[0]?.givenName)).toEqual(['Ann', 'Ben', 'Cid']);
    expect(new Set(created.map((p) => p.resourceName)).size).toBe(3);
    expect(created.every((p) => p.emailAddresses === undefined)).toBe(true);
  });

  it('pages connections.list, then reports only changes and deletions with the sync token', async () => {
    const [, ben, cid] = await createMany('Ann', 'Ben', 'Cid');
    const query = { resourceName: 'people/me', personFields: 'names', pageSize: 2, requestSyncToken: true };
    const first = await people.people.connections.list(query);
    expect(first.data.connections).toHaveLength(2);
    expect(first.data.totalItems).toBe(3);
    expect(first.data.nextPageToken).toBeTruthy();
    expect(first.data.nextSyncToken).toBeUndefined();
    const second = await people.people.connections.list({
      ...query,
      pageToken: first.data.nextPageToken ?? '',
    });
    expect(second.data.connections).toHaveLength(1);
    expect(second.data.nextPageToken).toBeUndefined();
    const all = [...(first.data.connections ?? []), ...(second.data.connections ?? [])];
    expect(all.map((p) => p.names?.[0]?.givenName).sort()).toEqual(['Ann', 'Ben', 'Cid']);
    const syncToken = second.data.nextSyncToken ?? '';
    expect(syncToken).not.toBe('');

    await people.people.updateContact({
      resourceName: ben.resourceName ?? '',
      updatePersonFields: 'names',
      personFields: 'names',
      requestBody: { etag: ben.etag, names: [{ givenName: 'Benedict' }] },
    });
    await people.people.deleteContact({ resourceName: cid.resourceName ?? '' });

    const delta = await people.people.connections.list({ ...query, syncToken });
    const byName = new Map((delta.data.connections ?? []).map((p) => [p.resourceName, p]));
    expect([...byName.keys()].sort()).toEqual([ben.resourceName, cid.resourceName].sort());
    expect(byName.get(ben.resourceName)?.names?.[0]?.givenName).toBe('Benedict');
    expect(byName.get(cid.resourceName)?.metadata?.deleted).toBe(true);
    expect(delta.data.nextSyncToken).toBeTruthy();
  });

  it('updates contacts in a batch, refuses a stale etag with 400 FAILED_PRECONDITION, accepts the fresh one', async () => {
    const [a, b] = await createMany('Ann', 'Ben');
    const a1 = a.resourceName ?? '';
    const b1 = b.resourceName ?? '';
    const updated = await people.people.batchUpdateContacts({
      requestBody: {
        contacts: {
          [a1]: { etag: a.etag, names: [{ givenName: 'Anna' }] },
          [b1]: { etag: b.etag, names: [{ givenName: 'Benno' }] },
        },
        updateMask: 'names',
        readMask: 'names',
      },
    });
    const result = updated.data.updateResult ?? {};
    expect(result[a1]?.person?.names?.[0]?.givenName).toBe('Anna');
    expect(result[b1]?.person?.names?.[0]?.givenName).toBe('Benno');

    const stale = await failureOf(
      people.people.updateContact({
        resourceName: a1,
        updatePersonFields: 'names',
        requestBody: { etag: a.etag, names: [{ givenName: 'Annie' }] },
      }),
    );
    expect(stale.status).toBe(400);
    expect(stale.error.status).toBe('FAILED_PRECONDITION');

    const fresh = await people.people.updateContact({
      resourceName: a1,
      updatePersonFields: 'names',
      personFields: 'names',
      requestBody: { etag: result[a1]?.person?.etag, names: [{ givenName: 'Annie' }] },
    });
    expect(fresh.data.names?.[0]?.givenName).toBe('Annie');
    expect(fresh.data.etag).not.toBe(result[a1]?.person?.etag);
  });

  it('deletes contacts one at a time and in a batch; a deleted contact answers 404', async () => {
    const [a, b, c] = await createMany('Ann', 'Ben', 'Cid');
    await people.people.deleteContact({ resourceName: a.resourceName ?? '' });
    const batch = await people.people.batchDeleteContacts({
      requestBody: { resourceNames: [b.resourceName ?? ''] },
    });
    expect(batch.data).toEqual({});
    const left = await people.people.connections.list({ resourceName: 'people/me', personFields: 'names' });
    expect((left.data.connections ?? []).map((p) => p.resourceName)).toEqual([c.resourceName]);
    const gone = await failureOf(
      people.people.get({ resourceName: b.resourceName ?? '', personFields: 'names' }),
    );
    expect(gone.status).toBe(404);
    expect(gone.error.status).toBe('NOT_FOUND');
  });

  it('finds contacts by name prefix with searchContacts', async () => {
    await createMany('Ada', 'Grace', 'Adelaide');
    const found = await people.people.searchContacts({ query: 'ad', readMask: 'names' });
    const names = (found.data.results ?? []).map((r) => r.person?.names?.[0]?.givenName).sort();
    expect(names).toEqual(['Ada', 'Adelaide']);
  });

  it('creates, lists, renames, fills and deletes a contact group, and answers 409 on a duplicate name', async () => {
    const group = await people.contactGroups.create({ requestBody: { contactGroup: { name: 'Customers' } } });
    expect(group.data.resourceName).toMatch(/^contactGroups\/\w+$/);
    expect(group.data).toMatchObject({ name: 'Customers', groupType: 'USER_CONTACT_GROUP' });
    const groupName = group.data.resourceName ?? '';

    const dup = await failureOf(
      people.contactGroups.create({ requestBody: { contactGroup: { name: 'Customers' } } }),
    );
    expect(dup.status).toBe(409);
    expect(dup.error.status).toBe('ALREADY_EXISTS');

    const list = await people.contactGroups.list({ pageSize: 100 });
    const listed = list.data.contactGroups ?? [];
    expect(listed.map((g) => g.resourceName)).toEqual(
      expect.arrayContaining([groupName, 'contactGroups/myContacts']),
    );
    expect(listed.find((g) => g.resourceName === 'contactGroups/myContacts')?.groupType).toBe(
      'SYSTEM_CONTACT_GROUP',
    );

    const renamed = await people.contactGroups.update({
      resourceName: groupName,
      requestBody: { contactGroup: { etag: group.data.etag, name: 'Clients' }, updateGroupFields: 'name' },
    });
    expect(renamed.data.name).toBe('Clients');

    const [ada] = await createMany('Ada');
    const missing = 'people/c9999999999999999999';
    const modified = await people.contactGroups.members.modify({
      resourceName: groupName,
      requestBody: { resourceNamesToAdd: [ada.resourceName ?? '', missing] },
    });
    expect(modified.data.notFoundResourceNames).toEqual([missing]);
    const withMembers = await people.contactGroups.get({ resourceName: groupName, maxMembers: 10 });
    expect(withMembers.data.memberResourceNames).toEqual([ada.resourceName]);
    expect(withMembers.data.memberCount).toBe(1);
    const member = await people.people.get({
      resourceName: ada.resourceName ?? '',
      personFields: 'memberships',
    });
    expect(
      (member.data.memberships ?? []).map((m) => m.contactGroupMembership?.contactGroupResourceName),
    ).toContain(groupName);

    await people.contactGroups.delete({ resourceName: groupName });
    const gone = await failureOf(people.contactGroups.get({ resourceName: groupName }));
    expect(gone.status).toBe(404);
  });

  it('answers 400 INVALID_ARGUMENT when connections.list lacks personFields', async () => {
    const res = await failureOf(people.people.connections.list({ resourceName: 'people/me' }));
    expect(res.status).toBe(400);
    expect(res.error.status).toBe('INVALID_ARGUMENT');
  });

  it('counts every REST call the client made, by method', async () => {
    await createMany('Ann');
    await people.people.connections.list({ resourceName: 'people/me', personFields: 'names' });
    const counts = h.world.callCounts().people.byMethod;
    expect(counts).toEqual({ 'people.people.batchCreateContacts': 1, 'people.people.connections.list': 1 });
    expect(h.world.calls.every((c) => c.via === 'rest' && c.caller === ALICE)).toBe(true);
  });
});
