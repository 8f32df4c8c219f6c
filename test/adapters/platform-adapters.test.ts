// The small platform adapters on the emulator: MailAppMailer, SystemClock, UuidIdSource.
import * as vm from 'node:vm';
import { createWorld } from '../../emulator';
import { MailAppMailer } from '../../src/adapters/mail-app-mailer';
import { SystemClock } from '../../src/adapters/system-clock';
import { UuidIdSource } from '../../src/adapters/uuid-id-source';
import { harnessRuntime, inExecution } from '../support/apps-script';
import { thrown } from '../support/errors';

const ALICE = 'alice@example.com';

function setup() {
  const world = createWorld({ startMs: Date.UTC(2024, 5, 1, 12) });
  return { world, rt: harnessRuntime(world) };
}


describe('MailAppMailer', () => {
  it('sends the mail from the executing user under the product name', () => {
    const { world, rt } = setup();
    inExecution(rt, ALICE, (g) =>
      new MailAppMailer(g.MailApp).send({
        to: 'bob@example.com',
        subject: 'Alice shared "Clients" with you',
        body: 'Open Shared Labels in Gmail.',
        htmlBody: '<p>Open Shared Labels in Gmail.</p>',
        replyTo: ALICE,
      }),
    );
    expect(world.appsScript.outbox).toEqual([
      expect.objectContaining({
        from: ALICE,
        to: 'bob@example.com',
        subject: 'Alice shared "Clients" with you',
        body: 'Open Shared Labels in Gmail.',
        htmlBody: '<p>Open Shared Labels in Gmail.</p>',
        replyTo: ALICE,
        name: 'Shared Labels',
      }),
    ]);
  });

  it('refuses an address that cannot receive mail with INVALID_ARGUMENT', () => {
    const { world, rt } = setup();
    const e = inExecution(rt, ALICE, (g) =>
      thrown(() => new MailAppMailer(g.MailApp).send({ to: 'not an address', subject: 's', body: 'b' })),
    );
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(world.appsScript.outbox).toEqual([]);
  });

  it('turns a spent daily quota into RESOURCE_EXHAUSTED', () => {
    const { world, rt } = setup();
    world.config.mailRecipientsPerDay = { workspace: 1, consumer: 1 };
    const e = inExecution(rt, ALICE, (g) => {
      const m = new MailAppMailer(g.MailApp);
      m.send({ to: 'bob@example.com', subject: 's', body: 'b' });
      return thrown(() => m.send({ to: 'carol@example.com', subject: 's', body: 'b' }));
    });
    expect(e.code).toBe('RESOURCE_EXHAUSTED');
    expect(world.appsScript.outbox).toHaveLength(1);
  });
});

describe('SystemClock', () => {
  it("reads Apps Script's Date, which in the emulator follows the virtual clock", () => {
    const { world, rt } = setup();
    const sandboxDate = vm.runInContext('Date', rt.context as vm.Context) as DateConstructor;
    const clock = new SystemClock(sandboxDate);
    expect(clock.nowMs()).toBe(world.clock.now());
    world.clock.advance(90_000);
    expect(clock.nowMs()).toBe(world.clock.now());
  });

  it("defaults to this realm's Date", () => {
    const before = Date.now();
    const t = new SystemClock().nowMs();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });
});

describe('UuidIdSource', () => {
  it('makes distinct prefixed ids from Utilities.getUuid()', () => {
    const { rt } = setup();
    const ids = inExecution(rt, ALICE, (g) => {
      const source = new UuidIdSource(g.Utilities);
      return Array.from({ length: 200 }, () => source.newId('lbl_'));
    });
    expect(new Set(ids).size).toBe(200);
    for (const id of ids)
      expect(id).toMatch(/^lbl_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
