// The feed card's data: a headline per phase, the last import's numbers, reasons, sample rows and the download.
import { feedCardView } from '../../../src/app/feeds/feed-view';
import { share } from '../../../src/app/commands/share';
import { setFeed } from '../../../src/app/feeds/set-feed';
import { must } from '../support/world';
import { feedWorld, OWNER, peopleCsv } from './support';

describe('feedCardView', () => {
  it('shows the last import with its numbers, skipped reasons by frequency, sample rows and the CSV to download', () => {
    const w = feedWorld();
    const L = w.label('Suppliers / 2026');
    w.csv(L, 'Name,Email,Phone\nAnn Lee,ann@x.org,\n,no@name.org,\nBo Ode,bo@@x,\n,x@y.org,\nCy Dee,,\n');
    w.run();
    const v = feedCardView(w.status(L));
    expect(v).toMatchObject({ title: 'Suppliers / 2026', kind: 'csv', phase: 'upToDate', source: { key: 'feed.source.csv', text: 'CSV file' } });
    expect(v.headline).toEqual({ key: 'feed.phase.upToDate', params: { at: '2026-01-05T09:00:00.000Z' }, text: 'Up to date. Last import 2026-01-05T09:00:00.000Z.' });
    expect(v.counts.map((c) => [c.name, c.value])).toEqual([['read', 5], ['imported', 1], ['updated', 0], ['removed', 0], ['skipped', 4]]);
    expect(v.reasons.map((r) => [r.reason, r.count, r.label.text])).toEqual([
      ['noName', 2, 'no name'],
      ['badEmail', 1, 'invalid email address'],
      ['noContact', 1, 'no email, phone or mobile'],
    ]);
    expect(v.sample[0]).toEqual({ key: 'feed.skippedRow', params: { row: 3, reason: 'The row has no name (First Name, Last Name or Name).' }, text: 'Row 3: The row has no name (First Name, Last Name or Name).' });
    expect(v.download).toMatchObject({ fileName: 'Suppliers 2026 - skipped rows.csv', mimeType: 'text/csv' });
    expect(v.download?.content.split('\r\n')[0]).toBe('Row,Reason,Name,Email,Phone');
  });

  it('shows progress while a large feed is imported over several runs, and nothing to download for a viewer', () => {
    const w = feedWorld();
    const L = w.label();
    must(share(w.as(OWNER), { labelId: L, grantee: 'bob@example.com', role: 'viewer' }));
    w.csv(L, peopleCsv(40));
    w.storeLatencyMs = 60000;
    w.run({ batchWrites: 10 });
    const v = feedCardView(w.status(L, 'bob@example.com'));
    expect(v.phase).toBe('importing');
    expect(v.progress).toEqual({ done: 10, total: 40, percent: 25 });
    expect(v.headline.text).toBe('Importing: 10 of 40 rows; the next sync continues.');
    expect(v.counts).toEqual([]);
    expect(v.download).toBeNull();
  });

  it('says when the source could not be read, and when the label has no feed', () => {
    const w = feedWorld();
    const L = w.label();
    expect(feedCardView(w.status(L))).toMatchObject({ phase: 'none', kind: null, source: null, headline: { key: 'feed.phase.none' } });
    w.sheets.put('1sheet-suppliers-abcdef', OWNER, [['Name', 'Email'], ['Ann Lee', 'a@x.org']]);
    must(setFeed(w.as(OWNER), { labelId: L, kind: 'sheet', spreadsheetId: '1sheet-suppliers-abcdef', range: 'Sheet1!A:C' }));
    w.sheets.put('1sheet-suppliers-abcdef', OWNER, []);
    w.run();
    const v = feedCardView(w.status(L));
    expect(v.phase).toBe('failed');
    expect(v.source?.text).toBe('Google Sheet 1sheet-suppliers-abcdef, range Sheet1!A:C');
    expect(v.error?.key).toBe('error.feed.empty');
  });
});
