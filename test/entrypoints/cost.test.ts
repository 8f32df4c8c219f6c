// What opening each card costs. Every card reads the store as the configured admin (DWD), so the whole domain shares
// that account's Sheets read quota (60 a minute): each card must cost ONE store read, whatever queries build it.
import type { Session } from '../../scripts/scenario/runner';
import type { EntryPointName } from '../../src/entrypoints/names';
import { call, domain, message, type EventInput } from './support/cards';

const ALICE = 'alice@example.com';

function calls(s: Session, user: string, fn: EntryPointName, input: EventInput = {}): string[] {
  const before = s.world.calls.length;
  call(s, user, fn, input);
  return s.world.calls.slice(before).map((c) => c.methodId);
}

const reads = (methods: string[]) => methods.filter((m) => m === 'sheets.spreadsheets.values.batchGet').length;

describe('card cost', () => {
  let s: Session;
  beforeEach(() => {
    s = domain({
      steps: [
        { as: ALICE, do: 'createLabel', name: 'Clients' },
        { as: ALICE, do: 'addContact', label: 'Clients', key: 'ann', person: { names: [{ givenName: 'Ann' }], emailAddresses: [{ value: 'ann@x.test' }] } },
        { as: ALICE, do: 'share', label: 'Clients', with: 'bob@example.com', role: 'viewer' },
        { as: 'bob@example.com', do: 'createLabel', name: 'Suppliers' },
        { as: 'bob@example.com', do: 'share', label: 'Suppliers', with: ALICE, role: 'editor' },
      ],
    });
  });

  it('reads the store once for the home card (myLabels, sharedWithMe and the health lines together), and nothing else', () => {
    const methods = calls(s, ALICE, 'onHomepage');
    expect(reads(methods)).toBe(1);
    expect(methods.filter((m) => m.startsWith('sheets.'))).toEqual(['sheets.spreadsheets.values.batchGet']);
    expect(methods.filter((m) => m.startsWith('people.'))).toEqual([]);
  });

  it('reads the store once for the contextual card and for a search across labels', () => {
    const m = message(s, { from: 'ann@x.test', to: [ALICE] });
    expect(reads(calls(s, ALICE, 'onGmailMessage', { gmail: m }))).toBe(1);
    expect(reads(calls(s, ALICE, 'onSearchContacts', { form: { q: 'ann' } }))).toBe(1);
  });

  it('reads the store once for a label, its sharing, a grant and a contact', () => {
    const labelId = s.labels.get('Clients')!;
    expect(reads(calls(s, ALICE, 'onOpenLabel', { params: { labelId } }))).toBe(1);
    expect(reads(calls(s, ALICE, 'onOpenSharing', { params: { labelId } }))).toBe(1);
    expect(reads(calls(s, ALICE, 'onOpenContact', { params: { contactId: s.masters.get('ann')!, labelId } }))).toBe(1);
  });
});
