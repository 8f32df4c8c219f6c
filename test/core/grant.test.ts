import { checkGrantChange, DomainSet, granteeKey, parseGrantee } from '../../src/core/grant';

const domains: DomainSet = { primary: 'example.com', secondary: ['example.it'] };

describe('parseGrantee', () => {
  it.each([
    ['domain', { kind: 'domain' }],
    ['Domain', { kind: 'domain' }],
    ['example.com', { kind: 'domain' }],
    ['@example.it', { kind: 'domain' }],
    ['Bob@Example.com', { kind: 'internal', email: 'bob@example.com' }],
    ['sales@example.it', { kind: 'internal', email: 'sales@example.it' }],
    ['eve@partner.org', { kind: 'external', email: 'eve@partner.org' }],
    ['bob@sub.example.com', { kind: 'external', email: 'bob@sub.example.com' }],
    ['Eve Partner <Eve@Partner.org>', { kind: 'external', email: 'eve@partner.org' }],
    ['mailto:bob@example.com', { kind: 'internal', email: 'bob@example.com' }],
  ])('reads %j as %j', (input, expected) => {
    expect(parseGrantee(input, domains)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'error.grant.granteeEmpty'],
    ['bob', 'error.grant.badGrantee'],
    ['bob@', 'error.grant.badGrantee'],
    ['Bob <bob>', 'error.grant.badGrantee'],
  ])('refuses %j with %s', (input, key) => {
    const result = parseGrantee(input, domains);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'INVALID_ARGUMENT', key });
  });
});

describe('granteeKey', () => {
  it('is the same for the same grantee however the address is cased', () => {
    expect(granteeKey({ kind: 'user', email: 'Bob@Example.com' })).toBe(granteeKey({ kind: 'user', email: 'bob@example.com' }));
    expect(granteeKey({ kind: 'domain' })).toBe('domain');
    expect(granteeKey({ kind: 'domain', email: '' })).toBe('domain');
    expect(granteeKey({ kind: 'group', email: 'x@example.com' })).not.toBe(granteeKey({ kind: 'user', email: 'x@example.com' }));
  });
});

describe('checkGrantChange', () => {
  it('lets a manager share at any role up to manager', () => {
    expect(checkGrantChange('manager', { kind: 'add', role: 'manager' })).toBeNull();
    expect(checkGrantChange('manager', { kind: 'add', role: 'viewer' })).toBeNull();
  });

  it('lets a manager change or remove another manager\'s grant, since it is below owner', () => {
    expect(checkGrantChange('manager', { kind: 'change', from: 'manager', to: 'viewer' })).toBeNull();
    expect(checkGrantChange('manager', { kind: 'remove', from: 'manager' })).toBeNull();
  });

  it('lets the owner change any grant', () => {
    expect(checkGrantChange('owner', { kind: 'change', from: 'manager', to: 'editor' })).toBeNull();
  });

  it.each(['viewer', 'editor', 'deleter', null] as const)('refuses a %s who tries to share', (role) => {
    expect(checkGrantChange(role, { kind: 'add', role: 'viewer' })?.code).toBe('PERMISSION_DENIED');
    expect(checkGrantChange(role, { kind: 'change', from: 'viewer', to: 'editor' })?.key).toBe('error.role.cannotShare');
    expect(checkGrantChange(role, { kind: 'remove', from: 'viewer' })?.code).toBe('PERMISSION_DENIED');
  });

  it('refuses to grant owner, which only a transfer hands over', () => {
    // A forged card parameter could carry any string; the type says GrantRole but the check must hold anyway.
    const forged = { kind: 'add', role: 'owner' } as unknown as Parameters<typeof checkGrantChange>[1];
    expect(checkGrantChange('owner', forged)?.key).toBe('error.role.cannotGrantRole');
  });

  it('lets anyone leave a label by removing their own grant', () => {
    expect(checkGrantChange('viewer', { kind: 'remove', from: 'viewer', self: true })).toBeNull();
  });
});
