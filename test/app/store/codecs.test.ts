// Row codecs: every record round-trips, tombstones and damaged rows decode to nothing, strings are kept verbatim.
import {
  AUDIT,
  COLLABORATORS,
  COMMENTS,
  CONTACTS,
  GRANTS,
  HISTORY,
  isTombstone,
  LABELS,
  SYNC_REQUESTS,
  tombstone,
} from '../../../src/app/store/codecs';
import type { Collaborator, Comment, Grant, Label, MasterContact } from '../../../src/core/model';
import { emptyPerson } from '../../../src/core/person';

const label: Label = {
  id: 'lbl_1',
  name: '=HYPERLINK("http://x","y")',
  owner: 'owner@example.com',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  deleted: false,
  feed: { kind: 'directory' },
};

const grants: Grant[] = [
  {
    id: 'grt_1',
    labelId: 'lbl_1',
    grantee: { kind: 'external', email: 'x@other.org' },
    role: 'editor',
    grantedBy: 'owner@example.com',
    grantedAt: '2026-01-01T00:00:00.000Z',
    syncToMobile: false,
    acceptedAt: null,
    invitedAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 'grt_2',
    labelId: 'lbl_1',
    grantee: { kind: 'domain' },
    role: 'viewer',
    grantedBy: 'owner@example.com',
    grantedAt: '2026-01-01T00:00:00.000Z',
    syncToMobile: true,
    acceptedAt: '2026-01-01T00:00:00.000Z',
    invitedAt: null,
  },
];

const contact: MasterContact = {
  id: 'ct_1',
  labelIds: ['lbl_1', 'lbl_2'],
  revision: 3,
  createdAt: 'a',
  createdBy: 'b',
  updatedAt: 'c',
  updatedBy: 'd',
  deleted: false,
  person: { ...emptyPerson(), names: { givenName: '+1+2' }, emailAddresses: [{ value: 'a@b.co' }] },
  adoptedFrom: { account: 'owner@example.com', resourceName: 'people/c1' },
  feedKey: null,
};

describe('row codecs', () => {
  it.each([
    ['labels', LABELS, label],
    ['grants (external)', GRANTS, grants[0]],
    ['grants (domain)', GRANTS, grants[1]],
    ['contacts', CONTACTS, contact],
    ['contacts without adoption', CONTACTS, { ...contact, adoptedFrom: null, feedKey: 'k1', deleted: true }],
    [
      'history',
      HISTORY,
      {
        key: 'h1',
        contactId: 'ct_1',
        revision: 2,
        at: 't',
        by: 'u',
        person: contact.person,
        reason: 'conflict',
      },
    ],
    [
      'comments',
      COMMENTS,
      { id: 'cm1', contactId: 'ct_1', labelId: 'lbl_1', at: 't', by: 'u', text: '@SUM(A1)\nline' } as Comment,
    ],
    [
      'collaborators',
      COLLABORATORS,
      {
        labelId: 'lbl_1',
        email: 'a@example.com',
        grantId: '',
        status: 'INSUFFICIENT_LICENSES',
        detail: '-A1',
        seated: false,
        lastSyncAt: null,
      } as Collaborator,
    ],
    [
      'audit',
      AUDIT,
      {
        key: 'a1',
        at: 't',
        actor: 'u',
        action: 'grant.add',
        label: 'lbl_1',
        target: 'user:x',
        detail: { role: 'viewer', n: 2, b: true },
      },
    ],
    ['sync requests', SYNC_REQUESTS, { labelId: 'lbl_1', at: 't', by: 'u' }],
  ])('round-trips %s', (_name, codec, record) => {
    const c = codec as { encode(r: unknown): string[]; decode(r: string[]): unknown; width: number };
    const row = c.encode(record);
    expect(row.every((cell) => typeof cell === 'string')).toBe(true);
    expect(row).toHaveLength(c.width);
    expect(c.decode(row)).toEqual(record);
  });

  it('writes booleans as TRUE/FALSE and nulls as empty cells', () => {
    const row = GRANTS.encode(grants[0]);
    expect(row[5]).toBe('FALSE');
    expect(row[8]).toBe('');
  });

  it('decodes a tombstone (key and blanks) as no record', () => {
    const row = tombstone(LABELS as never, 'lbl_1');
    expect(row).toEqual(['lbl_1', '', '', '', '', '', '']);
    expect(isTombstone(row)).toBe(true);
    expect(LABELS.decode(row)).toBeNull();
  });

  it.each([
    ['bad boolean', LABELS, ['lbl_1', 'n', 'o@x.com', 't', 't', 'yes', '']],
    ['bad feed JSON', LABELS, ['lbl_1', 'n', 'o@x.com', 't', 't', 'FALSE', '{nope']],
    ['bad role', GRANTS, ['g', 'l', 'user', 'a@x.com', 'owner', 'TRUE', 't', 'b', '', '']],
    ['user grant without email', GRANTS, ['g', 'l', 'user', '', 'viewer', 'TRUE', 't', 'b', '', '']],
    ['bad person JSON', CONTACTS, ['c', '["l"]', '1', 't', 'b', 't', 'b', 'FALSE', '{"names":1}', '', '']],
    [
      'bad revision',
      CONTACTS,
      ['c', '["l"]', 'x', 't', 'b', 't', 'b', 'FALSE', JSON.stringify(emptyPerson()), '', ''],
    ],
    ['bad status', COLLABORATORS, ['l|a', 'l', 'a@x.com', '', 'HAPPY', '', 'TRUE', '']],
    ['unknown audit action', AUDIT, ['a', 't', 'u', 'label.explode', '', '', '{}']],
    ['a sync-state row of an account', SYNC_REQUESTS, ['a@x.com', '{"syncToken":null}', 'x']],
  ])('decodes a damaged row (%s) as no record', (_name, codec, row) => {
    expect((codec as { decode(r: string[]): unknown }).decode(row as string[])).toBeNull();
  });
});
