// Contract of the ActorContacts port: reading one of the actor's own contacts, and prefix search over their contacts.
import type { ActorContacts } from '../../src/core/ports/actor-contacts';

export interface ActorContactsFixture {
  contacts: ActorContacts;
  /** Adds a contact to the actor's Google Contacts (as they would by hand); returns its resource name. */
  add(person: Record<string, unknown>): string;
  remove(resourceName: string): void;
}

const ADA = {
  names: [{ givenName: 'Ada', familyName: 'Lovelace' }],
  emailAddresses: [{ value: 'ada@analytical.example', type: 'work' }],
  phoneNumbers: [{ value: '+44 20 7946 0018', type: 'mobile' }],
  organizations: [{ name: 'Analytical Engines', title: 'Programmer' }],
  biographies: [{ value: 'First programmer.', contentType: 'TEXT_PLAIN' }],
  clientData: [{ key: 'sharedLabels.master', value: 'm1' }],
};

const names = (cs: Array<{ person: Record<string, unknown> }>) =>
  cs.map((c) => (c.person.names as Array<{ givenName?: string }> | undefined)?.[0]?.givenName ?? '').sort();

export function actorContactsContract(make: () => ActorContactsFixture): void {
  describe('get', () => {
    it('returns the contact with its resource name, etag, synced fields and clientData', () => {
      const f = make();
      const rn = f.add(ADA);
      const c = f.contacts.get(rn);
      expect(c?.resourceName).toBe(rn);
      expect(c?.etag).toEqual(expect.any(String));
      expect(c?.etag).not.toBe('');
      expect(c?.person).toMatchObject({
        resourceName: rn,
        names: [expect.objectContaining({ givenName: 'Ada', familyName: 'Lovelace' })],
        emailAddresses: [expect.objectContaining({ value: 'ada@analytical.example' })],
        phoneNumbers: [expect.objectContaining({ value: '+44 20 7946 0018' })],
        organizations: [expect.objectContaining({ name: 'Analytical Engines', title: 'Programmer' })],
        biographies: [expect.objectContaining({ value: 'First programmer.' })],
        clientData: [expect.objectContaining({ key: 'sharedLabels.master', value: 'm1' })],
      });
    });

    it('is null for a removed contact, an unknown one, the profile (people/me) and a malformed name', () => {
      const f = make();
      const rn = f.add(ADA);
      f.remove(rn);
      for (const name of [
        rn,
        'people/c1234567890123456789',
        'people/me',
        'contactGroups/myContacts',
        '',
        'people/c1/../me',
      ]) {
        expect(f.contacts.get(name)).toBeNull();
      }
    });

    it('returns a copy: changing it changes nothing stored', () => {
      const f = make();
      const rn = f.add(ADA);
      const c = f.contacts.get(rn);
      (c?.person.names as Array<{ givenName: string }>)[0].givenName = 'Changed';
      expect((f.contacts.get(rn)?.person.names as Array<{ givenName: string }>)[0].givenName).toBe('Ada');
    });
  });

  describe('search', () => {
    const seedAll = (f: ActorContactsFixture) => {
      f.add(ADA);
      f.add({
        names: [{ givenName: 'Charles', familyName: 'Babbage' }],
        emailAddresses: [{ value: 'charles@engine.example' }],
      });
      f.add({
        names: [{ givenName: 'Adam', familyName: 'Smith' }],
        phoneNumbers: [{ value: '+1 555 0100' }],
      });
    };

    it('matches name prefixes at word starts, any case', () => {
      const f = make();
      seedAll(f);
      expect(names(f.contacts.search('ad', 10))).toEqual(['Ada', 'Adam']);
      expect(names(f.contacts.search('LOVE', 10))).toEqual(['Ada']);
      expect(names(f.contacts.search('bab', 10))).toEqual(['Charles']);
      expect(f.contacts.search('ovelace', 10)).toEqual([]);
    });

    it('matches email addresses and phone numbers', () => {
      const f = make();
      seedAll(f);
      expect(names(f.contacts.search('charles@', 10))).toEqual(['Charles']);
      expect(names(f.contacts.search('+1 555', 10))).toEqual(['Adam']);
    });

    it('returns whole contacts (resource name, etag, person)', () => {
      const f = make();
      const rn = f.add(ADA);
      const [hit] = f.contacts.search('ada', 10);
      expect(hit.resourceName).toBe(rn);
      expect(hit.person).toMatchObject({
        resourceName: rn,
        clientData: [expect.objectContaining({ value: 'm1' })],
      });
    });

    it('returns at most `limit` results, and at most 30 whatever the limit', () => {
      const f = make();
      for (let i = 0; i < 35; i++) f.add({ names: [{ givenName: `Zed${i}`, familyName: 'Many' }] });
      expect(f.contacts.search('zed', 5)).toHaveLength(5);
      expect(f.contacts.search('many', 100)).toHaveLength(30);
    });

    it('returns nothing for an empty query or a limit below 1', () => {
      const f = make();
      seedAll(f);
      expect(f.contacts.search('', 10)).toEqual([]);
      expect(f.contacts.search('   ', 10)).toEqual([]);
      expect(f.contacts.search('ada', 0)).toEqual([]);
    });
  });
}
