import { addUser } from '../../../emulator/directory/admin';
import { fixture, ok, ALICE } from './runtime-fixture';

const CODE = `
function send(to) { MailApp.sendEmail(to, 'Subject', 'Body', { htmlBody: '<b>Body</b>', cc: 'c@example.com' }); return MailApp.getRemainingDailyQuota(); }
function sendObj() { MailApp.sendEmail({ to: 'x@example.org', subject: 'S', body: 'B', name: 'Shared Labels', replyTo: 'no@example.com' }); }
function err(to) { try { MailApp.sendEmail(to, 's', 'b'); return null; } catch (e) { return e.message; } }
function left() { return MailApp.getRemainingDailyQuota(); }
`;

describe('MailApp', () => {
  it('puts sent mail in the outbox, from the executing user, and counts each recipient against the quota', () => {
    const { world, rt } = fixture(CODE);
    addUser(world, { email: ALICE });
    expect(ok(rt.run(ALICE, 'send', ['a@example.com, b@example.com']))).toBe(1500 - 3);
    expect(world.appsScript.outbox).toEqual([
      { from: ALICE, to: 'a@example.com, b@example.com', subject: 'Subject', body: 'Body', htmlBody: '<b>Body</b>', cc: 'c@example.com', at: world.clock.now() },
    ]);
  });

  it('accepts the message-object form', () => {
    const { world, rt } = fixture(CODE);
    ok(rt.run(ALICE, 'sendObj'));
    expect(world.appsScript.outbox[0]).toMatchObject({ to: 'x@example.org', subject: 'S', body: 'B', name: 'Shared Labels', replyTo: 'no@example.com' });
  });

  it('refuses mail past the daily recipients quota, which resets 24 h after the first send', () => {
    const { world, rt } = fixture(CODE, {}, { mailRecipientsPerDay: { workspace: 2, consumer: 2 } });
    expect(ok(rt.run(ALICE, 'err', ['a@example.com, b@example.com']))).toBeNull();
    expect(ok(rt.run(ALICE, 'err', ['c@example.com']))).toBe('Service invoked too many times for one day: email.');
    expect(ok(rt.run(ALICE, 'left'))).toBe(0);
    world.clock.advance(24 * 3600 * 1000);
    expect(ok(rt.run(ALICE, 'left'))).toBe(2);
    expect(world.appsScript.outbox).toHaveLength(1);
  });

  it('refuses an invalid address', () => {
    const { world, rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'err', ['not-an-address']))).toBe('Invalid email: not-an-address');
    expect(world.appsScript.outbox).toEqual([]);
  });
});
