// A published add-on shares one property store across domains: each domain's edition and seats are its own.
import { setEdition } from '../../src/app/commands/set-edition';
import { setSeats } from '../../src/app/commands/set-seats';
import { share } from '../../src/app/commands/share';
import { seats } from '../../src/app/queries/seats';
import { sharedLabel } from './support/scenario';
import { errorOf, makeWorld, must } from './support/world';

describe('two domains in one property store', () => {
  it("see nothing of each other's edition and seats", () => {
    const properties: Record<string, string> = {};
    const a = makeWorld({ domain: 'example.com', properties });
    const b = makeWorld({ domain: 'other.net', properties });
    must(setEdition(a.ctx('admin@example.com'), { edition: 'PRO' }));
    must(setSeats(a.ctx('admin@example.com'), { seats: 5 }));
    must(setSeats(b.ctx('admin@other.net'), { seats: 7 }));

    expect(a.config.get('edition')).toBe('PRO');
    expect(b.config.get('edition')).toBeNull();
    expect(a.config.get('seats')).toBe('5');
    expect(b.config.get('seats')).toBe('7');
    expect(Object.keys(properties).sort()).toEqual([
      'sl:example.com:edition',
      'sl:example.com:seats',
      'sl:other.net:seats',
    ]);

    // PRO forbids externals in A; B still has the default ENTERPRISE.
    const inA = sharedLabel(a);
    expect(
      errorOf(
        share(a.ctx('owner@example.com'), { labelId: inA.label.id, grantee: 'x@third.org', role: 'viewer' }),
      ).code,
    ).toBe('UPGRADE_REQUIRED');
    const inB = sharedLabel(b, { owner: 'owner@other.net' });
    expect(
      share(b.ctx('owner@other.net'), { labelId: inB.label.id, grantee: 'x@third.org', role: 'viewer' }).ok,
    ).toBe(true);
    expect(must(seats(a.ctx('admin@example.com'), {})).total).toBe(5);
    expect(must(seats(b.ctx('admin@other.net'), {})).total).toBe(7);
  });

  it('an admin of one domain is not an admin of the other', () => {
    const properties: Record<string, string> = {};
    const a = makeWorld({ domain: 'example.com', properties });
    const b = makeWorld({ domain: 'other.net', properties });
    // B's directory does not know A's admin.
    expect(errorOf(setEdition(b.ctx('admin@example.com'), { edition: 'LITE' })).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(properties).toEqual({});
    expect(a.config.get('edition')).toBeNull();
  });
});
