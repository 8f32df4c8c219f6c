// The official googleapis Node client against the HTTP emulator: Admin Directory and Sheets methods the product uses.
import type { admin_directory_v1, sheets_v4 } from 'googleapis';
import { failureOf, startClientHarness, type ClientHarness } from './client-harness';

const ADMIN = 'admin@example.com';

describe('googleapis Admin Directory client against the HTTP emulator', () => {
  let h: ClientHarness;
  let admin: admin_directory_v1.Admin;

  beforeEach(async () => {
    h = await startClientHarness();
    admin = h.as(ADMIN).admin;
  });
  afterEach(() => h.close());

  it('gets a user by primary email as an admin', async () => {
    const res = await admin.users.get({ userKey: 'alice@example.com' });
    expect(res.data).toMatchObject({
      kind: 'admin#directory#user',
      primaryEmail: 'alice@example.com',
      isAdmin: false,
      suspended: false,
      name: { givenName: 'Alice' },
    });
    expect(res.data.id).toMatch(/^\d+$/);
  });

  it("lists the domain's users page by page", async () => {
    const first = await admin.users.list({ customer: 'my_customer', maxResults: 2, orderBy: 'email' });
    expect((first.data.users ?? []).map((u) => u.primaryEmail)).toEqual([
      'admin@example.com',
      'alice@example.com',
    ]);
    expect(first.data.nextPageToken).toBeTruthy();
    const second = await admin.users.list({
      customer: 'my_customer',
      maxResults: 2,
      orderBy: 'email',
      pageToken: first.data.nextPageToken ?? '',
    });
    expect((second.data.users ?? []).map((u) => u.primaryEmail)).toEqual(['bob@example.com']);
    expect(second.data.nextPageToken).toBeUndefined();
  });

  it('refuses a non-admin with 403 and an unknown user with 404 "Resource Not Found: userKey"', async () => {
    const forbidden = await failureOf(
      h.as('alice@example.com').admin.users.get({ userKey: 'bob@example.com' }),
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.error.message).toBe('Not Authorized to access this resource/api');
    const unknown = await failureOf(admin.users.get({ userKey: 'nobody@example.com' }));
    expect(unknown.status).toBe(404);
    expect(unknown.error.message).toBe('Resource Not Found: userKey');
    expect(unknown.error.errors?.[0]?.reason).toBe('notFound');
  });

  it('reads a group and lists its members', async () => {
    const group = await admin.groups.get({ groupKey: 'sales@example.com' });
    expect(group.data).toMatchObject({
      kind: 'admin#directory#group',
      email: 'sales@example.com',
      directMembersCount: '1',
    });
    const members = await admin.members.list({ groupKey: 'sales@example.com' });
    expect(members.data.members).toEqual([
      expect.objectContaining({
        kind: 'admin#directory#member',
        email: 'bob@example.com',
        type: 'USER',
        role: 'MEMBER',
      }),
    ]);
    const byId = await admin.members.list({ groupKey: group.data.id ?? '' });
    expect(byId.data.members?.map((m) => m.email)).toEqual(['bob@example.com']);
  });
});

describe('googleapis Sheets client against the HTTP emulator', () => {
  let h: ClientHarness;
  let sheets: sheets_v4.Sheets;

  beforeEach(async () => {
    h = await startClientHarness();
    sheets = h.as(ADMIN).sheets;
  });
  afterEach(() => h.close());

  async function backingSpreadsheet(): Promise<string> {
    const created = await sheets.spreadsheets.create({
      requestBody: {
        properties: { title: 'Shared Labels store' },
        sheets: [{ properties: { title: 'contacts' } }],
      },
    });
    expect(created.data.properties?.title).toBe('Shared Labels store');
    expect(created.data.sheets?.map((s) => s.properties?.title)).toEqual(['contacts']);
    return created.data.spreadsheetId ?? '';
  }

  it('creates a spreadsheet and round-trips RAW values without evaluating a formula-like string', async () => {
    const spreadsheetId = await backingSpreadsheet();
    const values = [
      ['id', 'name'],
      ['m-1', '=HYPERLINK("https://evil.example")'],
    ];
    const put = await sheets.spreadsheets.values.update({
      spreadsheetId,
      range: 'contacts!A1:B2',
      valueInputOption: 'RAW',
      requestBody: { values },
    });
    expect(put.data).toMatchObject({
      spreadsheetId,
      updatedRange: 'contacts!A1:B2',
      updatedRows: 2,
      updatedColumns: 2,
      updatedCells: 4,
    });
    const got = await sheets.spreadsheets.values.get({ spreadsheetId, range: 'contacts!A1:C10' });
    expect(got.data.values).toEqual(values);
  });

  it('appends below the table, writes several ranges at once, reads several ranges and clears one', async () => {
    const spreadsheetId = await backingSpreadsheet();
    await sheets.spreadsheets.values.update({
      spreadsheetId,
      range: 'contacts!A1:B2',
      valueInputOption: 'RAW',
      requestBody: {
        values: [
          ['id', 'name'],
          ['m-1', 'Ada'],
        ],
      },
    });
    const appended = await sheets.spreadsheets.values.append({
      spreadsheetId,
      range: 'contacts!A1',
      valueInputOption: 'RAW',
      insertDataOption: 'INSERT_ROWS',
      requestBody: { values: [['m-2', 'Grace']] },
    });
    expect(appended.data.updates?.updatedRange).toBe('contacts!A3:B3');

    const multi = await sheets.spreadsheets.values.batchUpdate({
      spreadsheetId,
      requestBody: {
        valueInputOption: 'RAW',
        data: [
          { range: 'contacts!C1', values: [['rev']] },
          { range: 'contacts!C2:C3', values: [['1'], ['2']] },
        ],
      },
    });
    expect(multi.data.totalUpdatedCells).toBe(3);

    const read = await sheets.spreadsheets.values.batchGet({
      spreadsheetId,
      ranges: ['contacts!A1:B3', 'contacts!C1:C3'],
    });
    expect(read.data.valueRanges?.map((r) => r.values)).toEqual([
      [
        ['id', 'name'],
        ['m-1', 'Ada'],
        ['m-2', 'Grace'],
      ],
      [['rev'], ['1'], ['2']],
    ]);

    const cleared = await sheets.spreadsheets.values.clear({
      spreadsheetId,
      range: 'contacts!C1:C3',
      requestBody: {},
    });
    expect(cleared.data.clearedRange).toBe('contacts!C1:C3');
    const after = await sheets.spreadsheets.values.get({ spreadsheetId, range: 'contacts!C1:C3' });
    expect(after.data.values).toBeUndefined();
  });

  it('refuses an account the spreadsheet is not shared with, and answers 404 for an unknown id', async () => {
    const spreadsheetId = await backingSpreadsheet();
    const stranger = await failureOf(
      h.as('alice@example.com').sheets.spreadsheets.values.get({ spreadsheetId, range: 'contacts' }),
    );
    expect(stranger.status).toBe(403);
    expect(stranger.error.status).toBe('PERMISSION_DENIED');
    const unknown = await failureOf(
      sheets.spreadsheets.values.get({ spreadsheetId: 'no-such-id', range: 'contacts' }),
    );
    expect(unknown.status).toBe(404);
  });
});
