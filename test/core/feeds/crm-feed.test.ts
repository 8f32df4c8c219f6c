// The CRM source: a JSON export read through a declarative mapping, the company's name and phone carried on each contact.
import { checkMapping, CrmFeed, parsePath, valuesAt } from '../../../src/core/feed/crm-feed';
import { thrown } from '../../support/errors';

/** Contacts as Teamleader Focus exports them, with each contact's company embedded. */
const TEAMLEADER = JSON.stringify({
  data: [
    {
      id: 'a1b2',
      first_name: 'Erlich',
      last_name: 'Bachman',
      emails: [{ type: 'primary', email: 'erlich@piedpiper.example' }],
      telephones: [
        { type: 'phone', number: '+32 9 298 06 15' },
        { type: 'mobile', number: '+32 470 12 34 56' },
      ],
      company: { name: 'Pied Piper', telephones: [{ type: 'phone', number: '+32 9 000 00 00' }] },
      position: 'CEO',
      birthdate: '1987-04-25',
      tags: ['vip', 'beta'],
    },
    { id: 'c3d4', first_name: 'Jian', last_name: 'Yang', emails: [], telephones: [] },
  ],
});

const MAPPING = {
  id: 'id',
  givenName: 'first_name',
  familyName: 'last_name',
  email: 'emails[0].email',
  phone: 'telephones[type=phone].number',
  mobile: 'telephones[type=mobile].number',
  company: 'company.name',
  companyPhone: 'company.telephones[0].number',
  title: 'position',
  birthday: 'birthdate',
  'custom:Tags': 'tags[*]',
};

describe('CrmFeed', () => {
  it('maps each record, carrying the company\'s name and phone (as Teamleader Focus does)', () => {
    const read = new CrmFeed(TEAMLEADER, MAPPING).read();
    expect(read.records).toHaveLength(2);
    expect(read.records[0]).toMatchObject({ row: 1, sourceId: 'a1b2', problems: [] });
    expect(read.records[0].person).toEqual({
      names: { givenName: 'Erlich', familyName: 'Bachman' },
      emailAddresses: [{ value: 'erlich@piedpiper.example' }],
      phoneNumbers: [
        { value: '+32 9 298 06 15' },
        { value: '+32 470 12 34 56', type: 'mobile' },
        { value: '+32 9 000 00 00', type: 'main' },
      ],
      organizations: [{ name: 'Pied Piper', title: 'CEO' }],
      addresses: [],
      urls: [],
      birthdays: { year: 1987, month: 4, day: 25 },
      userDefined: [
        { key: 'Tags', value: 'vip' },
        { key: 'Tags', value: 'beta' },
      ],
    });
    expect(read.header).toEqual(Object.keys(MAPPING));
  });

  it('changes version with the text and with the mapping, not otherwise', () => {
    const a = new CrmFeed(TEAMLEADER, MAPPING).read().version;
    expect(new CrmFeed(TEAMLEADER, { ...MAPPING }).read().version).toBe(a);
    expect(new CrmFeed(TEAMLEADER, { ...MAPPING, title: 'id' }).read().version).not.toBe(a);
  });

  it('finds the list at the top level, under data/contacts/…, or where the _rows key says', () => {
    expect(new CrmFeed('[{"n":"Ann","e":"a@x.org"}]', { name: 'n', email: 'e' }).read().records).toHaveLength(1);
    expect(new CrmFeed('{"result":{"people":[{"n":"Ann"}]}}', { _rows: 'result.people', name: 'n' }).read().records).toHaveLength(1);
    expect(thrown(() => new CrmFeed('{"x":1}', { name: 'n' }).read()).key).toBe('error.feed.noRecords');
    expect(thrown(() => new CrmFeed('{nope', { name: 'n' }).read()).key).toBe('error.feed.badJson');
    expect(thrown(() => new CrmFeed('[]', { name: 'n' }).read()).key).toBe('error.feed.empty');
  });

  it('checks a mapping before it is kept', () => {
    expect(checkMapping(MAPPING)).toBeNull();
    expect(checkMapping({})?.key).toBe('error.feed.mappingEmpty');
    expect(checkMapping({ nickname: 'x' })?.key).toBe('error.feed.mappingField');
    expect(checkMapping({ custom: 'x' })?.key).toBe('error.feed.mappingField');
    expect(checkMapping({ email: 'emails[' })?.key).toBe('error.feed.mappingPath');
  });
});

describe('paths', () => {
  const rec = { a: { b: [{ t: 'x', v: 1 }, { t: 'y', v: 2 }] }, list: ['p', 'q'], flag: true };
  it.each([
    ['a.b[0].v', ['1']],
    ['a.b[*].v', ['1', '2']],
    ['a.b[t=y].v', ['2']],
    ['list', ['p', 'q']],
    ['list[1]', ['q']],
    ['flag', ['true']],
    ['a', []],
    ['missing.deep[0]', []],
  ])('%s reaches %j', (path, want) => {
    expect(valuesAt(rec, parsePath(path)!)).toEqual(want);
  });

  it('refuses what is not a path', () => {
    expect(parsePath('')).toBeNull();
    expect(parsePath('a..b')).toBeNull();
    expect(parsePath('a[x]')).toBeNull();
  });
});
