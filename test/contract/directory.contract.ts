// Contract of the Directory port: user lookup and states, groups (nested, "everyone"), the user list and the domains.
import type { Directory } from '../../src/core/ports/infrastructure';

export type SeedState = 'active' | 'suspended' | 'archived' | 'banned' | 'deleted';

export interface SeedUser {
  email: string;
  givenName?: string;
  familyName?: string;
  isAdmin?: boolean;
  aliases?: string[];
  phones?: Array<{ value: string; type: string }>;
  title?: string;
  department?: string;
  location?: string;
  state?: SeedState;
}

export interface DirectorySeed {
  primary: string;
  secondary: string[];
  /** Must include ADMIN (the real adapters read the directory as that admin). */
  users: SeedUser[];
  /** Members are user or group emails, or 'customer' (everyone in the domain). Groups may nest and form cycles. */
  groups: Array<{ email: string; members: string[] }>;
}

export const ADMIN = 'admin@example.com';

export type MakeDirectory = (seed: DirectorySeed) => Directory;

const seed = (over: Partial<DirectorySeed> = {}): DirectorySeed => ({
  primary: 'example.com',
  secondary: [],
  users: [{ email: ADMIN, isAdmin: true, givenName: 'Ada', familyName: 'Admin' }],
  groups: [],
  ...over,
});

const withUsers = (users: SeedUser[], groups: DirectorySeed['groups'] = []) =>
  seed({ users: [{ email: ADMIN, isAdmin: true, givenName: 'Ada', familyName: 'Admin' }, ...users], groups });

const sorted = (xs: string[] | null) => (xs === null ? null : [...xs].sort());

export function directoryContract(make: MakeDirectory): void {
  describe('user', () => {
    it('returns an active user with names, aliases, phones, title, department and location', () => {
      const d = make(
        withUsers([
          {
            email: 'alice@example.com',
            givenName: 'Alice',
            familyName: 'Liddell',
            aliases: ['al@example.com'],
            phones: [{ value: '+39 02 1234567', type: 'work' }],
            title: 'Engineer',
            department: 'R&D',
            location: 'Milan',
          },
        ]),
      );
      expect(d.user('alice@example.com')).toEqual({
        email: 'alice@example.com',
        state: 'active',
        isAdmin: false,
        givenName: 'Alice',
        familyName: 'Liddell',
        aliases: ['al@example.com'],
        phones: [{ value: '+39 02 1234567', type: 'work' }],
        title: 'Engineer',
        department: 'R&D',
        location: 'Milan',
      });
      expect(d.user(ADMIN)?.isAdmin).toBe(true);
    });

    it('finds a user by alias or in any letter case, answering with the primary address', () => {
      const d = make(withUsers([{ email: 'alice@example.com', aliases: ['al@example.com'] }]));
      expect(d.user('AL@Example.com')?.email).toBe('alice@example.com');
      expect(d.user(' Alice@EXAMPLE.com ')?.email).toBe('alice@example.com');
    });

    it('reports suspended, archived and Google-disabled (banned) accounts', () => {
      const d = make(
        withUsers([
          { email: 's@example.com', state: 'suspended' },
          { email: 'a@example.com', state: 'archived' },
          { email: 'b@example.com', state: 'banned' },
        ]),
      );
      expect(d.user('s@example.com')?.state).toBe('suspended');
      expect(d.user('a@example.com')?.state).toBe('archived');
      expect(d.user('b@example.com')?.state).toBe('banned');
    });

    it('is null for an unknown, a deleted, a group or a malformed address', () => {
      const d = make(
        withUsers(
          [{ email: 'gone@example.com', state: 'deleted' }],
          [{ email: 'team@example.com', members: [] }],
        ),
      );
      for (const a of [
        'nobody@example.com',
        'gone@example.com',
        'team@example.com',
        'not an email',
        '',
        '../users',
      ]) {
        expect(d.user(a)).toBeNull();
      }
    });
  });

  describe('isGroup', () => {
    it('is true for a group (any case), false for a user, an unknown or a malformed address', () => {
      const d = make(
        withUsers(
          [{ email: 'alice@example.com' }],
          [{ email: 'team@example.com', members: ['alice@example.com'] }],
        ),
      );
      expect(d.isGroup('Team@Example.com')).toBe(true);
      expect(d.isGroup('alice@example.com')).toBe(false);
      expect(d.isGroup('nothing@example.com')).toBe(false);
      expect(d.isGroup('team')).toBe(false);
    });
  });

  describe('groupMembers', () => {
    it('lists direct user members, lower-cased', () => {
      const d = make(
        withUsers(
          [{ email: 'alice@example.com' }, { email: 'bob@example.com' }],
          [{ email: 'team@example.com', members: ['Alice@example.com', 'bob@example.com'] }],
        ),
      );
      expect(sorted(d.groupMembers('team@example.com'))).toEqual(['alice@example.com', 'bob@example.com']);
    });

    it('expands nested groups, each user once, never the groups themselves, and survives a cycle', () => {
      const d = make(
        withUsers(
          [{ email: 'a@example.com' }, { email: 'b@example.com' }, { email: 'c@example.com' }],
          [
            { email: 'outer@example.com', members: ['a@example.com', 'inner@example.com'] },
            {
              email: 'inner@example.com',
              members: ['a@example.com', 'b@example.com', 'deepest@example.com', 'outer@example.com'],
            },
            { email: 'deepest@example.com', members: ['c@example.com'] },
          ],
        ),
      );
      expect(sorted(d.groupMembers('outer@example.com'))).toEqual([
        'a@example.com',
        'b@example.com',
        'c@example.com',
      ]);
      expect(sorted(d.groupMembers('inner@example.com'))).toEqual([
        'a@example.com',
        'b@example.com',
        'c@example.com',
      ]);
    });

    it('keeps suspended members (their status is SUSPENDED) and external members, drops deleted accounts', () => {
      const d = make(
        withUsers(
          [
            { email: 's@example.com', state: 'suspended' },
            { email: 'gone@example.com', state: 'deleted' },
            { email: 'ok@example.com' },
          ],
          [
            {
              email: 'team@example.com',
              members: ['s@example.com', 'gone@example.com', 'ok@example.com', 'partner@outside.test'],
            },
          ],
        ),
      );
      expect(sorted(d.groupMembers('team@example.com'))).toEqual([
        'ok@example.com',
        'partner@outside.test',
        's@example.com',
      ]);
    });

    it('expands "everyone in the organisation" (a CUSTOMER member) to every user of the domain', () => {
      const d = make(
        withUsers(
          [{ email: 'a@example.com' }, { email: 'b@example.com', state: 'suspended' }],
          [
            { email: 'all@example.com', members: ['customer'] },
            { email: 'wrapper@example.com', members: ['all@example.com', 'partner@outside.test'] },
          ],
        ),
      );
      const everyone = ['a@example.com', ADMIN, 'b@example.com'].sort();
      expect(sorted(d.groupMembers('all@example.com'))).toEqual(everyone);
      expect(sorted(d.groupMembers('wrapper@example.com'))).toEqual(
        [...everyone, 'partner@outside.test'].sort(),
      );
    });

    it('pages through a group of 450 members', () => {
      const users = Array.from({ length: 450 }, (_, i) => ({
        email: `u${String(i).padStart(3, '0')}@example.com`,
      }));
      const d = make(withUsers(users, [{ email: 'big@example.com', members: users.map((u) => u.email) }]));
      expect(sorted(d.groupMembers('big@example.com'))).toEqual(users.map((u) => u.email));
    });

    it('is [] for an empty group and null for no such group (or a user, or a malformed address)', () => {
      const d = make(
        withUsers([{ email: 'alice@example.com' }], [{ email: 'empty@example.com', members: [] }]),
      );
      expect(d.groupMembers('empty@example.com')).toEqual([]);
      expect(d.groupMembers('nothing@example.com')).toBeNull();
      expect(d.groupMembers('alice@example.com')).toBeNull();
      expect(d.groupMembers('x')).toBeNull();
    });
  });

  describe('listUsers', () => {
    it('lists every user but the deleted, with their states, across pages (1,001 users)', () => {
      const users: SeedUser[] = Array.from({ length: 998 }, (_, i) => ({
        email: `p${String(i).padStart(4, '0')}@example.com`,
      }));
      users.push(
        { email: 'sus@example.com', state: 'suspended' },
        { email: 'arc@example.com', state: 'archived' },
        { email: 'gone@example.com', state: 'deleted' },
      );
      const d = make(withUsers(users));
      const listed = d.listUsers();
      expect(listed).toHaveLength(1001);
      expect(new Set(listed.map((u) => u.email)).size).toBe(1001);
      expect(listed.find((u) => u.email === 'gone@example.com')).toBeUndefined();
      expect(listed.find((u) => u.email === 'sus@example.com')?.state).toBe('suspended');
      expect(listed.find((u) => u.email === 'arc@example.com')?.state).toBe('archived');
      expect(listed.find((u) => u.email === ADMIN)).toMatchObject({
        isAdmin: true,
        givenName: 'Ada',
        familyName: 'Admin',
      });
    });

    it('includes users of secondary domains', () => {
      const d = make({ ...withUsers([{ email: 'x@example.org' }]), secondary: ['example.org'] });
      expect(
        d
          .listUsers()
          .map((u) => u.email)
          .sort(),
      ).toEqual([ADMIN, 'x@example.org']);
    });
  });

  describe('domains', () => {
    it('names the primary domain and the secondary ones, lower-case', () => {
      expect(make(seed({ secondary: ['Example.ORG', 'example.net'] })).domains()).toEqual({
        primary: 'example.com',
        secondary: ['example.org', 'example.net'],
      });
      expect(make(seed()).domains()).toEqual({ primary: 'example.com', secondary: [] });
    });
  });
}
