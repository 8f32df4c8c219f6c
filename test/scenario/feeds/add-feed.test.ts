// The addFeed step through the deployed bundle: a CSV feed shared with a colleague and the company directory, imported by
// the hourly trigger and copied to everyone's Google Contacts; the feed card's query answers through onCommand too.
import { runScenario } from '../../../scripts/scenario/runner';
import { parseScenario } from '../../../scripts/scenario/schema';
import { command } from '../../../scripts/scenario/session';

const CSV = '\ufeffFirst Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Organization Name\r\nAnn,Lee,ann@lee.example,+39 02 1234 5678,Lee Ltd\r\nBo,Ode,bo@ode.example,,Ode BV\r\n,,nobody@x.example,,\r\n';

const scenario = parseScenario(
  JSON.stringify({
    domain: 'example.com',
    admin: 'admin@example.com',
    users: [{ email: 'admin@example.com' }, { email: 'alice@example.com' }, { email: 'bob@example.com' }],
    steps: [
      { as: 'alice@example.com', do: 'createLabel', name: 'Suppliers' },
      { as: 'alice@example.com', do: 'addFeed', label: 'Suppliers', feed: { kind: 'csv', csv: CSV } },
      { as: 'alice@example.com', do: 'share', label: 'Suppliers', with: 'bob@example.com', role: 'editor' },
      { as: 'alice@example.com', do: 'createLabel', name: 'Company' },
      { as: 'alice@example.com', do: 'addFeed', label: 'Company', feed: { kind: 'directory' } },
      { as: 'bob@example.com', do: 'addFeed', label: 'Suppliers', feed: { kind: 'directory' } },
      { as: 'alice@example.com', do: 'addContact', label: 'Suppliers', key: 'x', person: { names: [{ givenName: 'Hand' }], emailAddresses: [{ value: 'h@x.example' }] } },
      { do: 'syncUntilIdle' },
    ],
  }),
);

describe('addFeed through the bundle', () => {
  const { report, session } = runScenario(scenario, { log: () => undefined });

  it('sets the feeds; a collaborator may not, and nobody adds by hand to a feed label', () => {
    expect(report.steps.map((s) => [s.do, s.ok, s.error?.code])).toEqual([
      ['createLabel', true, undefined],
      ['addFeed', true, undefined],
      ['share', true, undefined],
      ['createLabel', true, undefined],
      ['addFeed', true, undefined],
      ['addFeed', false, 'PERMISSION_DENIED'],
      ['addContact', false, 'FAILED_PRECONDITION'],
      ['syncUntilIdle', true, undefined],
    ]);
  });

  it('imports the rows and copies them to the owner and the collaborator, skipping the nameless row', () => {
    expect(report.labels.map((l) => [l.name, l.contacts])).toEqual([
      ['Suppliers', 2],
      ['Company', 3],
    ]);
    const bob = report.accounts['bob@example.com'].contacts;
    expect(bob.map((c) => c.label)).toEqual([['Suppliers'], ['Suppliers']]);
    const alice = report.accounts['alice@example.com'].contacts;
    expect(alice.filter((c) => c.label.includes('Company'))).toHaveLength(3);
    expect(alice.filter((c) => c.label.includes('Suppliers'))).toHaveLength(2);
  });

  it('answers feedStatus through onCommand with the last import and the skipped rows', () => {
    const labelId = session.labels.get('Suppliers')!;
    const r = command(session, 'alice@example.com', 'feedStatus', { labelId });
    expect(r.ok).toBe(true);
    const v = (r as { value: { phase: string; last: Record<string, number>; skippedCsv: string } }).value;
    expect(v.phase).toBe('upToDate');
    expect(v.last).toMatchObject({ read: 3, imported: 2, skipped: 1 });
    expect(v.skippedCsv.split('\r\n')[1]).toBe('4,"The row has no name (First Name, Last Name or Name).",,,nobody@x.example,,');
  });
});
