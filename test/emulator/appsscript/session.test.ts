import { fixture, ok, ALICE, BOB } from './runtime-fixture';

const CODE = `
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getActiveUserLocale(), Session.getScriptTimeZone()]; }
function key() { return Session.getTemporaryActiveUserKey(); }
`;

describe('Session', () => {
  it('reports the user each execution runs as, with that user\'s locale', () => {
    const { world, rt } = fixture(CODE, { timeZone: 'Europe/Paris' });
    world.appsScript.userSettings[BOB] = { locale: 'fr', timeZone: 'Europe/Paris' };
    expect(ok(rt.run(ALICE, 'who'))).toEqual([ALICE, ALICE, 'en', 'Europe/Paris']);
    expect(ok(rt.run(BOB, 'who'))).toEqual([BOB, BOB, 'fr', 'Europe/Paris']);
  });

  it('falls back to the configured script time zone when the manifest has none', () => {
    const { rt } = fixture(CODE, {}, { defaultScriptTimeZone: 'America/New_York' });
    expect((ok(rt.run(ALICE, 'who')) as string[])[3]).toBe('America/New_York');
  });

  it('gives each user a stable temporary key that differs between users', () => {
    const { rt } = fixture(CODE);
    const a1 = ok(rt.run(ALICE, 'key'));
    expect(ok(rt.run(ALICE, 'key'))).toBe(a1);
    expect(ok(rt.run(BOB, 'key'))).not.toBe(a1);
  });
});
