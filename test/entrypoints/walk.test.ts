// Every screen is reachable from the home card: a walk through the built bundle follows every navigating action of
// every card it meets (as the owner, a viewer and the admin), and checks each answer — rendered without error, within
// Google's card limits, naming only top-level functions of the bundle with string parameters, and no stack trace.
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../../scripts/scenario/runner';
import { ENTRY_POINT_NAMES, type EntryPointName } from '../../src/entrypoints/names';
import { ENTRY_POINTS } from '../../src/entrypoints/registry';
import { MAX_SECTIONS, MAX_WIDGETS_PER_SECTION } from '../../src/ui/limits';
import { actions, call, domain, message, run, sections, shown, text, top, type Gmail } from './support/cards';

type Json = Record<string, unknown>;
const ALICE = 'alice@example.com';

/** Actions that only show a card: the walk follows these; actions that change data are exercised by the other suites. */
const NAVIGATING = new Set<string>([
  'onOpenHome', 'onOpenLabel', 'onManageLabel', 'onOpenContact', 'onNewContactForm', 'onFindExisting', 'onEditContactForm',
  'onOpenSharing', 'onOpenGrant', 'onCopyInviteLink', 'onGroupMembers', 'onOpenMember', 'onGmailPickLabel', 'onOpenSettings',
]);

const declared = new Set(
  (parse(readFileSync(join(__dirname, '../../build/Code.js'), 'utf8'), { ecmaVersion: 2020, sourceType: 'script' }) as unknown as { body: Array<{ type: string; id?: { name: string } }> }).body
    .filter((n) => n.type === 'FunctionDeclaration' && n.id)
    .map((n) => n.id!.name),
);

function checkCard(card: Json, where: string): void {
  const secs = sections(card);
  expect({ where, sections: secs.length > 0 && secs.length <= MAX_SECTIONS }).toEqual({ where, sections: true });
  for (const s of secs) expect({ where, widgets: s.widgets.length > 0 && s.widgets.length <= MAX_WIDGETS_PER_SECTION }).toEqual({ where, widgets: true });
  for (const a of actions(card)) {
    expect({ where, fn: a.fn, declared: declared.has(a.fn) }).toEqual({ where, fn: a.fn, declared: true });
    for (const v of Object.values(a.params)) expect(typeof v).toBe('string');
  }
  expect(text(card)).not.toMatch(/\bat \S+ \(|Code\.js:\d+|TypeError|ReferenceError/);
}

/** Breadth-first over the navigating actions reachable from `start` (each function followed for a few different
 * parameter sets, so 23 contacts do not crowd out the rest); returns the functions it saw answer a card. */
function walk(s: Session, user: string, start: Json, gmail?: Gmail, limit = 150, perFunction = 3): Set<string> {
  const seen = new Set<string>();
  const followed = new Map<string, number>();
  const reached = new Set<string>();
  const queue: Array<{ card: Json; path: string }> = [{ card: start, path: 'home' }];
  let steps = 0;
  while (queue.length && steps < limit) {
    const { card, path } = queue.shift()!;
    checkCard(card, path);
    for (const a of actions(card)) {
      const key = `${a.fn}${JSON.stringify(a.params)}`;
      if (!NAVIGATING.has(a.fn) || seen.has(key) || (followed.get(a.fn) ?? 0) >= perFunction) continue;
      seen.add(key);
      followed.set(a.fn, (followed.get(a.fn) ?? 0) + 1);
      steps++;
      // A person clicks every few seconds; the domain's store reads share one account's Sheets quota (60 a minute).
      s.world.clock.advance(3000);
      const r = run(s, user, a.fn as EntryPointName, { params: a.params, gmail });
      expect({ path: `${path} > ${a.text}`, ok: r.ok, error: r.error?.message }).toEqual({ path: `${path} > ${a.text}`, ok: true, error: undefined });
      const resp = r.value as Json;
      for (const c of shown(resp)) {
        reached.add(a.fn);
        queue.push({ card: c, path: `${path} > ${a.text}` });
      }
    }
  }
  return reached;
}

function rich(): Session {
  return domain({
    externalUsers: [{ email: 'eve@partner.org' }],
    groups: [{ email: 'sales@example.com', members: ['bob@example.com', 'carol@example.com'] }],
    contacts: { [ALICE]: [{ key: 'own', person: { names: [{ givenName: 'Olga' }] } }] },
    steps: [
      { as: ALICE, do: 'createLabel', name: 'Clients' },
      ...Array.from({ length: 23 }, (_, i) => ({ as: ALICE, do: 'addContact', label: 'Clients', key: `c${i}`, person: { names: [{ givenName: `Client${i}` }], emailAddresses: [{ value: `c${i}@client.test` }] } })),
      { as: ALICE, do: 'comment', label: 'Clients', contact: 'c0', text: 'First call' },
      { as: ALICE, do: 'share', label: 'Clients', with: 'sales@example.com', role: 'editor' },
      { as: ALICE, do: 'share', label: 'Clients', with: 'eve@partner.org', role: 'viewer' },
      { as: ALICE, do: 'share', label: 'Clients', with: 'domain', role: 'viewer' },
      { as: 'bob@example.com', do: 'createLabel', name: 'Suppliers' },
      { as: 'bob@example.com', do: 'share', label: 'Suppliers', with: ALICE, role: 'viewer' },
      { do: 'directory.suspend', user: 'carol@example.com' },
      { do: 'syncUntilIdle' },
    ],
  });
}

describe('walking every card from home', () => {
  it('reaches every screen of the label owner, and every card keeps the limits', () => {
    const s = rich();
    const reached = walk(s, ALICE, call(s, ALICE, 'onHomepage'));
    for (const fn of ['onOpenLabel', 'onManageLabel', 'onOpenContact', 'onNewContactForm', 'onFindExisting', 'onEditContactForm', 'onOpenSharing', 'onOpenGrant', 'onCopyInviteLink', 'onGroupMembers', 'onOpenMember']) {
      expect(reached).toContain(fn);
    }
  });

  it('reaches the contextual card\'s screens from an open message', () => {
    const s = rich();
    const m = message(s, { from: 'New Person <new@person.test>', to: [ALICE, 'c1@client.test'], subject: 'Hi' });
    const reached = walk(s, ALICE, call(s, ALICE, 'onGmailMessage', { gmail: m }), m);
    expect(reached).toEqual(new Set(['onOpenLabel', 'onGmailPickLabel', 'onNewContactForm', 'onOpenContact', 'onOpenSharing', 'onOpenGrant', 'onManageLabel', 'onFindExisting', 'onEditContactForm', 'onCopyInviteLink', 'onGroupMembers', 'onOpenMember']));
  });

  it('walks a viewer\'s and the admin\'s cards too', () => {
    const s = rich();
    expect(walk(s, 'bob@example.com', call(s, 'bob@example.com', 'onHomepage'))).toContain('onOpenContact');
    const settings = top(call(s, 'admin@example.com', 'onSettings'));
    checkCard(settings, 'settings');
    const adminHome = call(s, 'admin@example.com', 'onHomepage');
    expect(walk(s, 'admin@example.com', adminHome)).toContain('onOpenLabel');
  });

  it('declares every entry point, and the registry holds exactly the entry-point names', () => {
    for (const fn of ENTRY_POINT_NAMES) expect(declared).toContain(fn);
    expect(Object.keys(ENTRY_POINTS).sort()).toEqual([...ENTRY_POINT_NAMES].sort());
    const s = s2();
    for (const fn of s.runtime.referencedFunctions) expect(ENTRY_POINT_NAMES).toContain(fn);
  });

  it('shows user data as typed: markup in a name is escaped, never interpreted', () => {
    const s = domain({
      steps: [
        { as: ALICE, do: 'createLabel', name: '<b>Bold</b> & Co' },
        { as: ALICE, do: 'addContact', label: '<b>Bold</b> & Co', key: 'x', person: { names: [{ givenName: '<i>Ann</i>' }], emailAddresses: [{ value: 'ann@x.test' }] } },
      ],
    });
    const home = call(s, ALICE, 'onHomepage');
    const raw = JSON.stringify(home);
    expect(raw).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; Co');
    expect(raw).not.toContain('<b>Bold</b>');
    const label = top(call(s, ALICE, 'onOpenLabel', { params: { labelId: s.labels.get('<b>Bold</b> & Co')! } }));
    expect((label.header as Json).title).toBe('<b>Bold</b> & Co');
    expect(JSON.stringify(label)).toContain('&lt;i&gt;Ann&lt;/i&gt;');
  });
});

function s2(): Session {
  const s = domain({ steps: [{ as: ALICE, do: 'createLabel', name: 'Clients' }] });
  call(s, ALICE, 'onHomepage');
  return s;
}

