import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSeededWorld, DEFAULT_SEED, parseSeed, readSeedFile } from '../../../emulator/server/seed';

describe('HTTP mode seed files', () => {
  it('seeds the default domain: an admin, alice, bob and sales@ with bob', () => {
    const world = createSeededWorld(DEFAULT_SEED);
    expect(world.directory.primaryDomain).toBe('example.com');
    expect(Object.keys(world.directory.users).sort()).toEqual([
      'admin@example.com',
      'alice@example.com',
      'bob@example.com',
    ]);
    expect(world.directory.users['admin@example.com'].isAdmin).toBe(true);
    expect(world.directory.users['alice@example.com'].isAdmin).toBe(false);
    expect(world.directory.groups['sales@example.com'].members).toEqual([
      { type: 'USER', email: 'bob@example.com', role: 'MEMBER' },
    ]);
  });

  it('reads a seed file with its own domain, nested groups and external accounts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    const file = join(dir, 'acme.json');
    writeFileSync(
      file,
      JSON.stringify({
        domain: 'acme.test',
        users: [{ email: 'boss@acme.test', isAdmin: true }, { email: 'eve@acme.test' }],
        groups: [
          { email: 'team@acme.test', members: ['eve@acme.test'] },
          { email: 'all@acme.test', members: ['team@acme.test', 'customer'] },
        ],
        externalUsers: [{ email: 'partner@gmail.com' }],
      }),
    );
    const world = createSeededWorld(readSeedFile(file), { seed: 7 });
    expect(world.directory.primaryDomain).toBe('acme.test');
    expect(world.directory.groups['all@acme.test'].members.map((m) => m.type)).toEqual(['GROUP', 'CUSTOMER']);
    expect(world.accountState('partner@gmail.com')).toBe('active');
    expect(world.accountState('boss@acme.test')).toBe('active');
  });

  it('refuses keys it does not understand and entries without an email', () => {
    expect(() => parseSeed({ domain: 'a.test', users: [], labels: [] }, 'x.json')).toThrow(
      /x\.json: unsupported keys labels/,
    );
    expect(() => parseSeed({ domain: 'a.test', users: [{ name: 'no email' }] })).toThrow(
      /users\[0\] needs an "email"/,
    );
    expect(() => parseSeed({ users: [] })).toThrow(/"domain" must be a non-empty string/);
    expect(() =>
      parseSeed({ domain: 'a.test', users: [], groups: [{ email: 'g@a.test', members: 'x' }] }),
    ).toThrow(/members must be an array/);
  });
});
