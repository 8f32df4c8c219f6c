import { addUser, deleteUser } from '../../../emulator/directory/admin';
import { fixture, ok, ALICE, BOB } from './runtime-fixture';

const CODE = `
function install(h) { return ScriptApp.newTrigger('sync').timeBased().everyHours(h || 1).create().getUniqueId(); }
function installMinutes() { try { ScriptApp.newTrigger('sync').timeBased().everyMinutes(30).create(); return null; } catch (e) { return e.message; } }
function installHours(h) { try { ScriptApp.newTrigger('sync').timeBased().everyHours(h).create(); return null; } catch (e) { return e.message; } }
function mine() { return ScriptApp.getProjectTriggers().map(function (t) { return [t.getHandlerFunction(), t.getEventType() === ScriptApp.EventType.CLOCK]; }); }
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); return ScriptApp.getProjectTriggers().length; }
function sync(e) { var n = Number(PropertiesService.getScriptProperties().getProperty('runs') || 0) + 1;
  PropertiesService.getScriptProperties().setProperty('runs', String(n));
  Logger.log('%s %s %s', Session.getEffectiveUser().getEmail(), e.authMode, e.triggerUid); }
function token() { return ScriptApp.getOAuthToken(); }
`;

describe('ScriptApp triggers', () => {
  it('fires an hourly trigger every hour as its owner, with a time-driven event object', () => {
    const { world, rt } = fixture(CODE);
    const id = ok(rt.run(ALICE, 'install')) as string;
    expect(rt.advance(59 * 60 * 1000)).toEqual([]);
    const results = rt.advance(3 * 3600 * 1000);
    expect(results).toHaveLength(3);
    expect(results.map((r) => r.logs[0])).toEqual(Array(3).fill(`${ALICE} FULL ${id}`));
    expect(world.appsScript.scriptProperties.runs).toBe('3');
  });

  it('fires each user\'s trigger as that user', () => {
    const { rt } = fixture(CODE);
    ok(rt.run(ALICE, 'install'));
    ok(rt.run(BOB, 'install', [2]));
    const owners = rt.advance(2 * 3600 * 1000).map((r) => r.logs[0].split(' ')[0]);
    expect(owners.sort()).toEqual([ALICE, ALICE, BOB]);
  });

  it('runs trigger executions with the 6-minute deadline', () => {
    const { world, rt } = fixture(`${CODE} function slow() { Utilities.sleep(200000); Utilities.sleep(200000); }
      function installSlow() { ScriptApp.newTrigger('slow').timeBased().everyHours(1).create(); }`);
    ok(rt.run(ALICE, 'installSlow'));
    world.clock.advance(3600 * 1000);
    const [r] = rt.fireDueTriggers();
    expect(r.killed).toBe('Exceeded maximum execution time');
  });

  it('refuses triggers more frequent than hourly in an add-on', () => {
    const { world, rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'installMinutes'))).toBe('Add-ons can use time-driven triggers at most once per hour.');
    expect(ok(rt.run(ALICE, 'installHours', [3]))).toBe('Invalid argument: everyHours must be one of 1, 2, 4, 6, 8, 12.');
    expect(world.appsScript.triggers).toEqual([]);
  });

  it('refuses a 21st trigger of one user but not another user\'s first', () => {
    const { world, rt } = fixture(CODE);
    for (let i = 0; i < 20; i++) ok(rt.run(ALICE, 'install'));
    expect(ok(rt.run(ALICE, 'installHours', [1]))).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(ok(rt.run(BOB, 'installHours', [1]))).toBeNull();
    expect(world.appsScript.triggers).toHaveLength(21);
  });

  it('shows and deletes only the current user\'s triggers', () => {
    const { world, rt } = fixture(CODE);
    ok(rt.run(ALICE, 'install'));
    ok(rt.run(BOB, 'install'));
    expect(ok(rt.run(ALICE, 'mine'))).toEqual([['sync', true]]);
    expect(ok(rt.run(ALICE, 'removeAll'))).toBe(0);
    expect(world.appsScript.triggers.map((t) => t.owner)).toEqual([BOB]);
  });

  it('stops firing a trigger whose owner was deleted', () => {
    const { world, rt } = fixture(CODE);
    addUser(world, { email: ALICE });
    ok(rt.run(ALICE, 'install'));
    deleteUser(world, ALICE);
    expect(rt.advance(2 * 3600 * 1000)).toEqual([]);
  });

  it('mints an OAuth token for the executing user with the manifest\'s scopes', () => {
    const scopes = ['https://www.googleapis.com/auth/contacts'];
    const { world, rt } = fixture(CODE, { oauthScopes: scopes });
    const token = ok(rt.run(ALICE, 'token')) as string;
    expect(world.oauth.tokens[token]).toMatchObject({ email: ALICE, scopes, kind: 'script' });
  });
});
