// Queries: myLabels, sharedWithMe, labelDetail (paging, search, statuses), contactDetail, seats, labelAudit.
import { addExistingContact } from '../../../src/app/commands/add-existing-contact';
import { comment } from '../../../src/app/commands/comment';
import { setSeats } from '../../../src/app/commands/set-seats';
import { contactDetail } from '../../../src/app/queries/contact-detail';
import { labelAudit } from '../../../src/app/queries/label-audit';
import { labelDetail } from '../../../src/app/queries/label-detail';
import { myLabels } from '../../../src/app/queries/my-labels';
import { seats } from '../../../src/app/queries/seats';
import { sharedWithMe } from '../../../src/app/queries/shared-with-me';
import { OWNER, sharedLabel } from '../support/scenario';
import { errorOf, makeWorld, must } from '../support/world';

describe('myLabels', () => {
  it("lists the actor's own live labels by name with their size and sharing", () => {
    const w = makeWorld({ users: ['ann'] });
    sharedLabel(w, { name: 'b-Suppliers', contacts: 2 });
    sharedLabel(w, { name: 'a-Clients', shares: { 'ann@example.com': 'viewer' } });
    sharedLabel(w, { name: 'Ann own', owner: 'ann@example.com' });
    expect(
      must(myLabels(w.ctx(OWNER), {})).labels.map((l) => [l.name, l.contactCount, l.grantCount]),
    ).toEqual([
      ['a-Clients', 0, 1],
      ['b-Suppliers', 2, 0],
    ]);
  });
});

describe('sharedWithMe', () => {
  it('lists labels reaching the actor directly, through a group or the domain, with the highest role', () => {
    const w = makeWorld({ users: ['ann'] });
    w.directory.addGroup('team@example.com', ['ann@example.com']);
    sharedLabel(w, { name: 'Direct', shares: { 'ann@example.com': 'editor', domain: 'viewer' } });
    sharedLabel(w, { name: 'Group', shares: { 'team@example.com': 'deleter' } });
    sharedLabel(w, { name: 'Domain', shares: { domain: 'viewer' } });
    sharedLabel(w, { name: 'Not mine' });
    expect(
      must(sharedWithMe(w.ctx('ann@example.com'), {})).labels.map((l) => [l.name, l.role, l.status]),
    ).toEqual([
      ['Direct', 'editor', 'SHARING'],
      ['Domain', 'viewer', 'SHARING'],
      ['Group', 'deleter', 'SHARING'],
    ]);
  });

  it('flags an invitation waiting for acceptance', () => {
    const w = makeWorld();
    sharedLabel(w, { shares: { 'p@other.org': 'viewer' } });
    expect(must(sharedWithMe(w.ctx('p@other.org'), {})).labels[0]).toMatchObject({
      pendingInvitation: true,
      status: 'INVITED',
    });
  });
});

describe('labelDetail', () => {
  it('pages the contacts by name with a page token, and searches names, emails and digits', () => {
    const w = makeWorld({ users: ['ann'] });
    const s = sharedLabel(w, { shares: { 'ann@example.com': 'viewer' }, contacts: 5 });
    const ctx = w.ctx('ann@example.com');
    const first = must(labelDetail(ctx, { labelId: s.label.id, pageSize: 2 }));
    expect(first).toMatchObject({ role: 'viewer', total: 5, nextPageToken: '2' });
    expect(first.contacts.map((c) => c.displayName)).toEqual(['Person0 Tester', 'Person1 Tester']);
    const last = must(labelDetail(ctx, { labelId: s.label.id, pageSize: 2, pageToken: '4' }));
    expect(last.contacts.map((c) => c.displayName)).toEqual(['Person4 Tester']);
    expect(last.nextPageToken).toBeNull();
    expect(
      must(labelDetail(ctx, { labelId: s.label.id, search: 'p3@client' })).contacts.map((c) => c.id),
    ).toEqual([s.contacts[3].id]);
    expect(must(labelDetail(ctx, { labelId: s.label.id, search: 'tester person2' })).total).toBe(1);
    expect(errorOf(labelDetail(ctx, { labelId: s.label.id, pageToken: '-1' })).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(labelDetail(ctx, { labelId: s.label.id, pageSize: 1000 })).code).toBe('INVALID_ARGUMENT');
  });

  it("gives each grant its status: a person's own, a group's summary, UNKNOWN for a missing group", () => {
    const w = makeWorld({ users: ['ann', 'sue'] });
    w.directory.addGroup('team@example.com', ['ann@example.com', 'sue@example.com']);
    const s = sharedLabel(w, { shares: { 'p@other.org': 'viewer', 'team@example.com': 'viewer' } });
    w.directory.setState('sue@example.com', 'suspended');
    // The next grant change re-reads the Directory for the label.
    sharedLabel(w, { name: 'x' });
    must(setSeats(w.ctx('admin@example.com'), { seats: 100 }));
    const detail = must(labelDetail(w.ctx(OWNER), { labelId: s.label.id }));
    expect(detail.grants.map((g) => [g.grant.grantee, g.status, g.members])).toEqual([
      [{ kind: 'external', email: 'p@other.org' }, 'INVITED', 1],
      [{ kind: 'group', email: 'team@example.com' }, 'SHARING', 2],
    ]);
    expect(detail.collaborators.map((c) => c.email)).toEqual([
      'ann@example.com',
      OWNER,
      'p@other.org',
      'sue@example.com',
    ]);
  });

  it('answers NOT_FOUND to someone the label is not shared with', () => {
    const w = makeWorld({ users: ['eve'] });
    const s = sharedLabel(w);
    expect(errorOf(labelDetail(w.ctx('eve@example.com'), { labelId: s.label.id })).code).toBe('NOT_FOUND');
  });
});

describe('contactDetail', () => {
  it('shows the labels and comments the actor can see, and hides the others', () => {
    const w = makeWorld({ users: ['ann'] });
    const a = sharedLabel(w, { name: 'A', shares: { 'ann@example.com': 'viewer' } });
    const b = sharedLabel(w, { name: 'B' });
    const own = w.contactsOf(OWNER).add({ names: [{ givenName: 'Zed' }] });
    const { contact } = must(
      addExistingContact(w.ctx(OWNER), { labelId: a.label.id, resourceName: own.resourceName }),
    );
    must(addExistingContact(w.ctx(OWNER), { labelId: b.label.id, resourceName: own.resourceName }));
    must(
      comment(w.ctx('ann@example.com'), {
        labelId: a.label.id,
        contactId: contact.id,
        text: 'Met at the fair',
      }),
    );
    must(comment(w.ctx(OWNER), { labelId: b.label.id, contactId: contact.id, text: 'private note' }));
    const seen = must(contactDetail(w.ctx('ann@example.com'), { contactId: contact.id }));
    expect(seen.labels).toEqual([{ id: a.label.id, name: 'A', role: 'viewer' }]);
    expect(seen.comments.map((c) => c.text)).toEqual(['Met at the fair']);
    expect(seen.contact.labelIds).toEqual([a.label.id]);
    expect(seen.contact).not.toHaveProperty('adoptedFrom');
    expect(must(contactDetail(w.ctx(OWNER), { contactId: contact.id })).comments).toHaveLength(2);
  });
});

describe('seats', () => {
  it('counts seats used and free, lists accounts waiting, and seat holders that are suspended or deleted', () => {
    const w = makeWorld({ users: ['ann', 'sue', 'bob'] });
    must(setSeats(w.ctx('admin@example.com'), { seats: 3 }));
    sharedLabel(w, { shares: { 'ann@example.com': 'viewer', 'sue@example.com': 'viewer' } });
    w.clock.advance(1000);
    sharedLabel(w, { name: 'B', shares: { 'bob@example.com': 'viewer' } });
    w.directory.setState('sue@example.com', 'suspended');
    const out = must(seats(w.ctx('admin@example.com'), {}));
    expect(out).toEqual({
      total: 3,
      used: 3,
      free: 0,
      waiting: ['bob@example.com'],
      inactive: [{ email: 'sue@example.com', state: 'suspended', labelIds: [expect.any(String)] }],
    });
    expect(errorOf(seats(w.ctx(OWNER), {})).code).toBe('PERMISSION_DENIED');
  });
});

describe('labelAudit', () => {
  it('shows managers the history newest first, and refuses editors', () => {
    const w = makeWorld({ users: ['man', 'ed'] });
    const s = sharedLabel(w, { shares: { 'man@example.com': 'manager', 'ed@example.com': 'editor' } });
    const records = must(labelAudit(w.ctx('man@example.com'), { labelId: s.label.id })).records;
    expect(records.map((r) => r.action)).toEqual(['grant.add', 'grant.add', 'label.create']);
    expect(errorOf(labelAudit(w.ctx('ed@example.com'), { labelId: s.label.id })).code).toBe(
      'PERMISSION_DENIED',
    );
  });
});
