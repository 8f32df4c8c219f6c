// fast-check: malformed and oversized input for every command and query never throws, refuses only with AppErrors
// from the code list, and a refusal leaves the store, the settings and the outbox exactly as they were.
import fc from 'fast-check';
import { COMMANDS, CommandName } from '../../src/app/commands';
import { QUERIES, QueryName } from '../../src/app/queries';
import { EDITIONS } from '../../src/core/edition';
import { AppError, ERROR_CODES, Result } from '../../src/core/errors';
import { ROLES } from '../../src/core/role';
import { OWNER, sharedLabel } from './support/scenario';
import { makeWorld, World } from './support/world';

/** One scene, rebuilt for every run; ids come from a counter, so they are the same in every rebuild. */
function scene(): {
  w: World;
  ids: { labels: string[]; contacts: string[]; grants: string[]; resourceNames: string[] };
} {
  const w = makeWorld({ users: ['manager', 'viewer', 'ann'] });
  w.directory.addGroup('team@example.com', ['ann@example.com']);
  const main = sharedLabel(w, {
    shares: {
      'manager@example.com': 'manager',
      'viewer@example.com': 'viewer',
      'p@other.org': 'editor',
      'team@example.com': 'viewer',
    },
    contacts: 2,
  });
  const other = sharedLabel(w, { name: 'Private', contacts: 1 });
  const own = [OWNER, 'manager@example.com'].map(
    (a) => w.contactsOf(a).add({ names: [{ givenName: 'Own' }] }).resourceName,
  );
  w.clock.advance(3600 * 1000);
  return {
    w,
    ids: {
      labels: [main.label.id, other.label.id],
      contacts: [...main.contacts, ...other.contacts].map((c) => c.id),
      grants: Object.values(main.grants).map((g) => g.id),
      resourceNames: own,
    },
  };
}

const IDS = scene().ids;

const junk = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '=HYPERLINK("http://x","y")',
    '+1+2',
    '@SUM(A1)',
    '../etc',
    'lbl_1\n',
    '\u0000',
    'x'.repeat(60000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

const oneOfValid = (values: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,100}$/) },
    { weight: 2, arbitrary: junk },
  );

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 150 }),
  fc.string({ minLength: 95, maxLength: 130 }),
  fc.constantFrom('Clients', 'Private', 'My Contacts', 'x'.repeat(2001), 'y'.repeat(100001)),
  junk,
);

const address = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom(
    'domain',
    'ann@example.com',
    'team@example.com',
    'p@other.org',
    OWNER,
    'Ann <ann@example.com>',
    'nobody@example.com',
    'a@b',
  ),
  text,
);

const typed = fc.record(
  {
    value: fc.oneof(fc.string(), fc.emailAddress(), fc.constant('z'.repeat(1100))),
    type: fc.oneof(fc.string(), junk),
  },
  { requiredKeys: [] },
);

const personInput = fc.oneof(
  junk,
  // Well-formed people, so the deeper refusals (roles, feeds, stale revisions) are reached too.
  fc.record({
    names: fc.constant([{ givenName: 'Ann' }]),
    emailAddresses: fc.array(fc.record({ value: fc.emailAddress() }), { maxLength: 3 }),
  }),
  fc.record(
    {
      names: fc.oneof(
        junk,
        fc.array(
          fc.record(
            { givenName: fc.oneof(fc.string(), junk), familyName: fc.string() },
            { requiredKeys: [] },
          ),
          { maxLength: 2 },
        ),
      ),
      emailAddresses: fc.oneof(junk, fc.array(typed, { maxLength: 60 })),
      phoneNumbers: fc.oneof(junk, fc.array(typed, { maxLength: 3 })),
      biographies: fc.oneof(junk, fc.constant([{ value: 'n'.repeat(10001) }])),
      birthdays: fc.oneof(junk, fc.constant([{ date: { month: 2, day: 30 } }])),
      clientData: junk,
    },
    { requiredKeys: [] },
  ),
  fc.constant({ names: [{ givenName: 'g'.repeat(200000) }] }),
);

const labelId = oneOfValid(IDS.labels);
const contactId = oneOfValid(IDS.contacts);
const grantId = oneOfValid(IDS.grants);
const role = fc.oneof(fc.constantFrom(...ROLES), junk);
const count = fc.oneof(fc.integer({ min: -5, max: 1e7 }), fc.constantFrom('unlimited', '12', '1e3'), junk);

const SHAPES: Record<CommandName | QueryName, Record<string, fc.Arbitrary<unknown>>> = {
  createLabel: { name: text },
  renameLabel: { labelId, name: text },
  deleteLabel: { labelId },
  transferLabel: { labelId, newOwner: address },
  addContact: { labelId, person: personInput },
  addExistingContact: {
    labelId,
    resourceName: fc.oneof(fc.constantFrom(...IDS.resourceNames, 'people/c1', 'people/me'), text),
  },
  updateContact: {
    contactId,
    person: personInput,
    expectedRevision: fc.oneof(fc.integer({ min: -1, max: 3 }), junk),
  },
  removeContact: { labelId, contactId },
  deleteContact: { contactId },
  share: { labelId, grantee: address, role, syncToMobile: fc.oneof(fc.boolean(), junk) },
  changeRole: { labelId, grantId, role },
  unshare: { labelId, grantId },
  comment: { labelId, contactId, text },
  acceptInvitation: { labelId },
  resendInvitation: { labelId, grantId },
  syncNow: { labelId },
  setEdition: { edition: fc.oneof(fc.constantFrom(...EDITIONS), junk) },
  setSeats: { seats: count },
  releaseSeats: {},
  myLabels: {},
  sharedWithMe: {},
  labelDetail: {
    labelId,
    pageSize: count,
    pageToken: fc.oneof(fc.constantFrom('0', '1', '50', '999999999'), text),
    search: text,
  },
  contactDetail: { contactId },
  seats: {},
  labelAudit: { labelId, limit: count },
  setFeed: {
    labelId,
    kind: fc.oneof(fc.constantFrom('directory', 'csv', 'sheet', 'crm'), junk),
    csv: fc.oneof(text, fc.constantFrom('Name,Email\nAnn,ann@x.org\n', 'Nope\n1\n', '\ufeffFirst Name;E-mail 1 - Value\nBo;bad\n')),
    json: fc.oneof(text, fc.constantFrom('[{"n":"Ann","e":"ann@x.org"}]', '{"data":[]}', '{')),
    mapping: fc.oneof(junk, fc.constantFrom({ name: 'n', email: 'e' }, { nope: 'x' }, { name: 'a[' })),
    spreadsheetId: fc.oneof(text, fc.constant('1abcdefghijklmnopqrstuvwxyz')),
    range: text,
    replace: fc.oneof(fc.boolean(), junk),
  },
  removeFeed: { labelId, keepContacts: fc.oneof(fc.boolean(), junk) },
  feedStatus: { labelId },
};

const actors = fc.constantFrom(
  OWNER,
  'manager@example.com',
  'viewer@example.com',
  'ann@example.com',
  'stranger@example.com',
  'p@other.org',
  'admin@example.com',
);

const inputFor = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 1, arbitrary: junk },
    { weight: 2, arbitrary: fc.record(shape, { requiredKeys: [] }) },
    { weight: 5, arbitrary: fc.record(shape) },
  );

type Handler = (ctx: ReturnType<World['ctx']>, input: unknown) => Result<unknown>;

const HANDLERS: Array<[string, Handler, number]> = [
  ...(Object.entries(COMMANDS) as Array<[string, Handler]>).map(([n, h]): [string, Handler, number] => [
    n,
    h,
    150,
  ]),
  ...(Object.entries(QUERIES) as Array<[string, Handler]>).map(([n, h]): [string, Handler, number] => [
    n,
    h,
    80,
  ]),
];

describe('malformed and oversized input', () => {
  it.each(HANDLERS)(
    '%s: never throws; refusals are AppErrors from the list and change nothing',
    (name, handler, numRuns) => {
      fc.assert(
        fc.property(actors, inputFor(SHAPES[name as CommandName | QueryName]), (actor, input) => {
          const { w } = scene();
          const before = w.store.serialize();
          const settings = JSON.stringify(w.config.properties);
          const mails = w.mailer.sent.length;
          const result = handler(w.ctx(actor), input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error).toBeInstanceOf(AppError);
            expect(ERROR_CODES).toContain(result.error.code);
            expect(result.error.key).toMatch(/^error\./);
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(w.store.serialize()).toBe(before);
            expect(JSON.stringify(w.config.properties)).toBe(settings);
            expect(w.mailer.sent.length).toBe(mails);
          }
          expect(w.lock.held).toBe(false);
        }),
        { numRuns },
      );
    },
  );
});
