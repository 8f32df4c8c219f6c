// CSV parsing and header recognition: RFC 4180 quoting, BOM, separators, and the column names of Google Contacts'
// exports (old and new), Outlook's, and plain ones.
import { parseCsv, toCsv } from '../../../src/core/feed/csv';
import { normalizeHeader, planColumns } from '../../../src/core/feed/columns';
import { CsvFeed } from '../../../src/core/feed/tabular-feed';
import { parseBirthday, RowBuilder } from '../../../src/core/feed/fields';
import { thrown } from '../../support/errors';

const read = (csv: string) => new CsvFeed(csv).read();

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, after a UTF-8 BOM', () => {
    const { rows, problems } = parseCsv('\ufeffName,Notes\r\n"Lee, Ann","She said ""hi""\r\nthen left"\r\nBob,x\r\n');
    expect(rows.slice(0, 3)).toEqual([['Name', 'Notes'], ['Lee, Ann', 'She said "hi"\r\nthen left'], ['Bob', 'x']]);
    expect(problems.size).toBe(0);
  });

  it('guesses semicolon and tab separators (Excel in Europe, pasted from a sheet), a trailing empty line included', () => {
    expect(parseCsv('Name;Email\n"Lee; Ann";a@x.org\n\n').rows.slice(0, 2)).toEqual([['Name', 'Email'], ['Lee; Ann', 'a@x.org']]);
    expect(parseCsv('Name\tEmail\nAnn\ta@x.org\n').rows.slice(0, 2)).toEqual([['Name', 'Email'], ['Ann', 'a@x.org']]);
  });

  it('keeps empty lines so row numbers match the spreadsheet, and marks an unclosed quote', () => {
    const { rows, problems } = parseCsv('Name,Email\n\nAnn,a@x.org\nBo,"b@x.org\n');
    expect(rows[2]).toEqual(['Ann', 'a@x.org']);
    expect(problems.get(3)).toMatch(/never closed/);
  });

  it('writes CSV that a spreadsheet never evaluates', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', 'a,b', 'plain']])).toBe('"\'=HYPERLINK(""x"")","\'+1","a,b",plain');
  });
});

describe('planColumns', () => {
  it('normalises headers: case, punctuation, "e-mail"', () => {
    expect(normalizeHeader('\ufeffE-mail 1 - Value')).toBe('email 1 value');
    expect(normalizeHeader('Country/Region')).toBe('country region');
  });

  it('maps Google Contacts\' old export (Given Name, E-mail 1 - Type/Value, Organization 1 - Name)', () => {
    const csv = [
      'Name,Given Name,Additional Name,Family Name,Name Prefix,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,Organization 1 - Department,Website 1 - Type,Website 1 - Value,Custom Field 1 - Type,Custom Field 1 - Value',
      'Ann B Lee,Ann,B,Lee,Dr.,1980-02-29,Met at fair,* myContacts,* Work,ann@lee.example ::: ann2@lee.example,Home,ann@home.example,Mobile,+39 333 123 4567,Work,"Via Roma 1, Milano",Via Roma 1,Milano,20100,IT,,Lee Ltd,CEO,Board,Profile,https://lee.example,Segment,Gold',
    ].join('\n');
    const r = read(csv);
    // A group's Type/Label column is read with its value, never reported as ignored.
    expect(r.ignoredColumns).toEqual(['Group Membership']);
    expect(r.records).toHaveLength(1);
    expect(r.records[0].row).toBe(2);
    expect(r.records[0].person).toEqual({
      names: { givenName: 'Ann', middleName: 'B', familyName: 'Lee', honorificPrefix: 'Dr.' },
      emailAddresses: [
        { value: 'ann@lee.example', type: 'work' },
        { value: 'ann2@lee.example', type: 'work' },
        { value: 'ann@home.example', type: 'home' },
      ],
      phoneNumbers: [{ value: '+39 333 123 4567', type: 'mobile' }],
      organizations: [{ name: 'Lee Ltd', title: 'CEO', department: 'Board' }],
      addresses: [{ type: 'work', streetAddress: 'Via Roma 1', city: 'Milano', postalCode: '20100', countryCode: 'IT' }],
      biographies: 'Met at fair',
      urls: [{ value: 'https://lee.example', type: 'Profile' }],
      birthdays: { year: 1980, month: 2, day: 29 },
      userDefined: [{ key: 'Segment', value: 'Gold' }],
    });
  });

  it('maps Google Contacts\' new export (First Name, E-mail 1 - Label, Organization Name/Title)', () => {
    const csv = [
      'First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted',
      'Bo,,Ode,,Bobby,,Ode BV,Buyer,Sales,--04-25,,* myContacts,* Home,bo@ode.example,Work,+31 20 123 4567,Mobile,+31 6 12345678,Home,"Dam 1, Amsterdam"',
    ].join('\n');
    const r = read(csv);
    expect(r.ignoredColumns).toEqual(['Phonetic First Name', 'Nickname', 'File As', 'Labels']);
    expect(r.records[0].person).toMatchObject({
      names: { givenName: 'Bo', familyName: 'Ode' },
      emailAddresses: [{ value: 'bo@ode.example', type: 'home' }],
      phoneNumbers: [
        { value: '+31 20 123 4567', type: 'work' },
        { value: '+31 6 12345678', type: 'mobile' },
      ],
      organizations: [{ name: 'Ode BV', title: 'Buyer', department: 'Sales' }],
      addresses: [{ type: 'home', formattedValue: 'Dam 1, Amsterdam' }],
      birthdays: { month: 4, day: 25 },
    });
  });

  it('maps Outlook\'s columns, where Title is the name prefix because there is a Job Title', () => {
    const csv = 'Title,First Name,Last Name,Company,Job Title,Business Street,Business City,Business Postal Code,Business Country/Region,Business Phone,Mobile Phone,Business Fax,E-mail Address,E-mail 2 Address,Web Page\nMr.,Carl,Berg,Berg AG,CTO,Hauptstr. 1,Berlin,10115,Germany,+49 30 1234567,+49 170 1234567,+49 30 7654321,carl@berg.example,c.berg@berg.example,https://berg.example';
    const p = read(csv).records[0].person;
    expect(p.names).toEqual({ honorificPrefix: 'Mr.', givenName: 'Carl', familyName: 'Berg' });
    expect(p.organizations).toEqual([{ name: 'Berg AG', title: 'CTO' }]);
    expect(p.addresses).toEqual([{ type: 'work', streetAddress: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'Germany' }]);
    expect(p.phoneNumbers).toEqual([
      { value: '+49 30 1234567', type: 'work' },
      { value: '+49 170 1234567', type: 'mobile' },
      { value: '+49 30 7654321', type: 'workFax' },
    ]);
    expect(p.emailAddresses.map((e) => e.value)).toEqual(['carl@berg.example', 'c.berg@berg.example']);
  });

  it('maps plain names, and "Title" alone is the job title', () => {
    const r = read('Full Name,Email,Phone,Mobile,Company,Title,Company Phone,City,ID\nAnn Marie Lee,ann@x.org,02 1234,333 1,ACME,Buyer,02 9999,Rome,c-1');
    const rec = r.records[0];
    expect(rec.sourceId).toBe('c-1');
    // A full name alone is split as Google splits it, so the copy reads back the same.
    expect(rec.person.names).toEqual({ givenName: 'Ann Marie', familyName: 'Lee' });
    expect(rec.person.organizations).toEqual([{ name: 'ACME', title: 'Buyer' }]);
    expect(rec.person.phoneNumbers).toEqual([{ value: '02 1234' }, { value: '333 1', type: 'mobile' }, { value: '02 9999', type: 'main' }]);
  });

  it('knows a supplier list without a name column: the company names the row', () => {
    expect(planColumns(['Company', 'Email']).companyIsName).toBe(true);
    expect(planColumns(['Company', 'Name']).companyIsName).toBe(false);
  });

  it('refuses a header it cannot read, and a source with no rows, changing nothing', () => {
    expect(thrown(() => read('foo;bar\n1;2')).key).toBe('error.feed.noColumns');
    expect(thrown(() => read('Name,Email\n\n')).key).toBe('error.feed.empty');
    expect(thrown(() => read('')).key).toBe('error.feed.empty');
  });
});

describe('RowBuilder', () => {
  it('keeps a mononym as a given name and ignores blank values', () => {
    const b = new RowBuilder();
    b.set('name', ' Cher ');
    b.set('email', '   ');
    expect(b.build().person.names).toEqual({ givenName: 'Cher' });
    expect(b.build().person.emailAddresses).toEqual([]);
  });

  it('reads the birthday formats it can place and reports the others', () => {
    expect(parseBirthday('2001-03-04')).toEqual({ year: 2001, month: 3, day: 4 });
    expect(parseBirthday('04.03.2001')).toEqual({ year: 2001, month: 3, day: 4 });
    expect(parseBirthday('--03-04')).toEqual({ month: 3, day: 4 });
    expect(parseBirthday('03/04/2001')).toBeNull();
    const b = new RowBuilder();
    b.set('birthday', '03/04/2001');
    expect(b.build().problems[0]).toMatch(/YYYY-MM-DD/);
  });
});
