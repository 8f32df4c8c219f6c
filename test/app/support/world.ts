// A fresh in-memory domain for app tests: the shared fakes of every port, a clock the test moves, and contexts per actor.
import { InMemoryActorContacts } from '../../../src/adapters/in-memory-actor-contacts';
import { InMemoryConfig } from '../../../src/adapters/in-memory-config';
import { InMemoryDirectory } from '../../../src/adapters/in-memory-directory';
import { InMemoryLock } from '../../../src/adapters/in-memory-lock';
import { InMemoryStore } from '../../../src/adapters/in-memory-store';
import type { AppContext } from '../../../src/app/context';
import { counterIdSource } from '../../../src/core/ids';
import type { Clock, Mailer, OutgoingMail } from '../../../src/core/ports/infrastructure';

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  failing: Error | null = null;
  send(mail: OutgoingMail): void {
    if (this.failing) throw this.failing;
    this.sent.push(mail);
  }
}

export class ManualClock implements Clock {
  constructor(public ms = Date.UTC(2026, 0, 5, 9, 0, 0)) {}
  nowMs(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface World {
  domain: string;
  store: InMemoryStore;
  config: InMemoryConfig;
  lock: InMemoryLock;
  directory: InMemoryDirectory;
  mailer: RecordingMailer;
  clock: ManualClock;
  /** Each actor's own Google Contacts. */
  contactsOf(actor: string): InMemoryActorContacts;
  ctx(actor: string): AppContext;
}

export const ADDON_URL = 'https://mail.google.com/mail/u/0/#inbox?addon=shared-labels';

/** Users `admin@`, `owner@` and the addresses given, all active; `admin@` is the Workspace admin. */
export function makeWorld(
  opts: { domain?: string; users?: string[]; properties?: Record<string, string> } = {},
): World {
  const domain = opts.domain ?? 'example.com';
  const store = new InMemoryStore();
  const config = new InMemoryConfig(domain, opts.properties ?? {});
  const lock = new InMemoryLock();
  const directory = new InMemoryDirectory(domain);
  const mailer = new RecordingMailer();
  const clock = new ManualClock();
  const ids = counterIdSource();
  const contacts = new Map<string, InMemoryActorContacts>();
  directory.addUser({ email: `admin@${domain}`, isAdmin: true });
  directory.addUser({ email: `owner@${domain}` });
  for (const u of opts.users ?? []) directory.addUser({ email: u.includes('@') ? u : `${u}@${domain}` });
  const contactsOf = (actor: string): InMemoryActorContacts => {
    let c = contacts.get(actor);
    if (!c) contacts.set(actor, (c = new InMemoryActorContacts()));
    return c;
  };
  return {
    domain,
    store,
    config,
    lock,
    directory,
    mailer,
    clock,
    contactsOf,
    ctx: (actor) => ({
      actor,
      clock,
      ids,
      store,
      lock,
      config,
      directory,
      mailer,
      actorContacts: contactsOf(actor),
      addonUrl: ADDON_URL,
    }),
  };
}

/** The Result's value, or a failed expectation naming the error (tests read better than `if (!r.ok) throw`). */
export function must<T>(
  r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function errorOf(r: { ok: boolean; error?: unknown }): { code: string; key: string; message: string } {
  if (r.ok) throw new Error('expected an error Result, got ok');
  return r.error as { code: string; key: string; message: string };
}

export const person = (given: string, email?: string): Record<string, unknown> => ({
  names: [{ givenName: given, familyName: 'Tester' }],
  ...(email ? { emailAddresses: [{ value: email, type: 'work' }] } : {}),
});
