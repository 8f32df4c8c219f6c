// share, changeRole, unshare, acceptInvitation, resendInvitation, syncNow: grants, collaborators, seats, mail.
import { acceptInvitation } from '../../../src/app/commands/accept-invitation';
import { changeRole } from '../../../src/app/commands/change-role';
import { resendInvitation } from '../../../src/app/commands/resend-invitation';
import { setSeats } from '../../../src/app/commands/set-seats';
import { share } from '../../../src/app/commands/share';
import { syncNow } from '../../../src/app/commands/sync-now';
import { unshare } from '../../../src/app/commands/unshare';
import { transact } from '../../../src/app/store/transact';
import { ok } from '../../../src/core/errors';
import { collaborators, model, OWNER, sharedLabel, statuses } from '../support/scenario';
import { ADDON_URL, errorOf, makeWorld, must } from '../support/world';

describe('share', () => {
  it('grants a domain user, makes them a seated SHARING collaborator, audits, and mails an invitation', () => {
    const w = makeWorld({ users: ['ann'] });
    const { label } = sharedLabel(w);
    const out = must(
      share(w.ctx(OWNER), { labelId: label.id, grantee: 'Ann <ANN@example.com>', role: 'editor' }),
    );
    expect(out).toMatchObject({ created: true, unseated: [], invitation: 'sent' });
    expect(out.grant).toMatchObject({
      grantee: { kind: 'user', email: 'ann@example.com' },
      role: 'editor',
      syncToMobile: true,
      grantedBy: OWNER,
    });
    expect(out.grant.acceptedAt).not.toBeNull();
    expect(collaborators(w, label.id)).toEqual({
      [OWNER]: { status: 'SHARING', seated: true },
      'ann@example.com': { status: 'SHARING', seated: true },
    });
    const mail = w.mailer.sent.at(-1)!;
    expect(mail.to).toBe('ann@example.com');
    expect(mail.subject).toBe(`${OWNER} shared the label "Clients" with you`);
    expect(mail.body).toContain('as editor');
    expect(mail.body).toContain(ADDON_URL);
    // Nothing a card could be forged with, and nothing from the store.
    expect(mail.body).not.toContain(label.id);
    expect(mail.body).not.toContain(out.grant.id);
    expect(
      model(w)
        .auditOf(label.id)
        .map((a) => a.action),
    ).toEqual(['label.create', 'grant.add']);
  });

  it('expands a group grant into one collaborator per member (nested groups included)', () => {
    const w = makeWorld({ users: ['ann', 'bob', 'cat'] });
    w.directory.addGroup('inner@example.com', ['cat@example.com']);
    w.directory.addGroup('sales@example.com', ['ann@example.com', 'bob@example.com', 'inner@example.com']);
    const { label } = sharedLabel(w, { shares: { 'sales@example.com': 'viewer' } });
    expect(model(w).grantsOf(label.id)[0].grantee).toEqual({ kind: 'group', email: 'sales@example.com' });
    expect(Object.keys(statuses(w, label.id)).sort()).toEqual([
      'ann@example.com',
      'bob@example.com',
      'cat@example.com',
      OWNER,
    ]);
    expect(w.mailer.sent.at(-1)?.to).toBe('sales@example.com');
  });

  it('shares with the whole domain without mailing everyone', () => {
    const w = makeWorld({ users: ['ann', 'bob'] });
    const { label } = sharedLabel(w);
    const mails = w.mailer.sent.length;
    const out = must(share(w.ctx(OWNER), { labelId: label.id, grantee: 'domain', role: 'viewer' }));
    expect(out.invitation).toBe('none');
    expect(w.mailer.sent.length).toBe(mails);
    expect(Object.keys(statuses(w, label.id)).sort()).toEqual([
      'admin@example.com',
      'ann@example.com',
      'bob@example.com',
      OWNER,
    ]);
  });

  it('invites an external address (INVITED until they accept, then SHARING)', () => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    must(share(w.ctx(OWNER), { labelId: label.id, grantee: 'partner@other.org', role: 'viewer' }));
    expect(statuses(w, label.id)['partner@other.org']).toBe('INVITED');
    expect(w.mailer.sent.at(-1)?.body).toContain('accept the invitation');
    expect(must(acceptInvitation(w.ctx('partner@other.org'), { labelId: label.id })).labelIds).toEqual([
      label.id,
    ]);
    expect(statuses(w, label.id)['partner@other.org']).toBe('SHARING');
    expect(model(w).grantsOf(label.id)[0].acceptedAt).not.toBeNull();
  });

  it('keeps a grant to an unknown domain address, shown UNKNOWN and holding no seat', () => {
    const w = makeWorld();
    must(setSeats(w.ctx('admin@example.com'), { seats: 1 }));
    const { label } = sharedLabel(w, { shares: { 'nobody@example.com': 'viewer' } });
    expect(collaborators(w, label.id)).toEqual({
      [OWNER]: { status: 'SHARING', seated: true },
      'nobody@example.com': { status: 'UNKNOWN', seated: false },
    });
  });

  it('changes the role when the grantee already has another one, and refuses the same role with ALREADY_EXISTS', () => {
    const w = makeWorld({ users: ['ann'] });
    const { label, grants } = sharedLabel(w, { shares: { 'ann@example.com': 'viewer' } });
    const mails = w.mailer.sent.length;
    const out = must(share(w.ctx(OWNER), { labelId: label.id, grantee: 'ann@example.com', role: 'editor' }));
    expect(out).toMatchObject({
      created: false,
      invitation: 'none',
      grant: { id: grants['ann@example.com'].id, role: 'editor' },
    });
    expect(w.mailer.sent.length).toBe(mails);
    expect(
      errorOf(share(w.ctx(OWNER), { labelId: label.id, grantee: 'ann@example.com', role: 'editor' })).code,
    ).toBe('ALREADY_EXISTS');
    expect(model(w).grantsOf(label.id)).toHaveLength(1);
  });

  it('refuses sharing with the owner, an owner role, and a grantee that is not an address', () => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    expect(errorOf(share(w.ctx(OWNER), { labelId: label.id, grantee: OWNER, role: 'viewer' })).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      errorOf(share(w.ctx(OWNER), { labelId: label.id, grantee: 'ann@example.com', role: 'owner' })).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      errorOf(share(w.ctx(OWNER), { labelId: label.id, grantee: 'ann at example', role: 'viewer' })).code,
    ).toBe('INVALID_ARGUMENT');
  });

  it('still shares when the invitation cannot be mailed, and says so', () => {
    const w = makeWorld({ users: ['ann'] });
    const { label } = sharedLabel(w);
    w.mailer.failing = new Error('Service invoked too many times');
    expect(
      must(share(w.ctx(OWNER), { labelId: label.id, grantee: 'ann@example.com', role: 'viewer' })).invitation,
    ).toBe('failed');
    expect(model(w).grantsOf(label.id)).toHaveLength(1);
  });
});

describe('seats', () => {
  it('are given in grant order across labels; the account beyond the count is INSUFFICIENT_LICENSES and is reported', () => {
    const w = makeWorld({ users: ['ann', 'bob'] });
    must(setSeats(w.ctx('admin@example.com'), { seats: 2 }));
    const { label } = sharedLabel(w, { shares: { 'ann@example.com': 'viewer' } });
    w.clock.advance(60000);
    const out = must(share(w.ctx(OWNER), { labelId: label.id, grantee: 'bob@example.com', role: 'viewer' }));
    expect(out.unseated).toEqual(['bob@example.com']);
    expect(collaborators(w, label.id)).toEqual({
      [OWNER]: { status: 'SHARING', seated: true },
      'ann@example.com': { status: 'SHARING', seated: true },
      'bob@example.com': { status: 'INSUFFICIENT_LICENSES', seated: false },
    });
  });

  it('go to the waiting account as soon as one is freed by unsharing', () => {
    const w = makeWorld({ users: ['ann', 'bob'] });
    must(setSeats(w.ctx('admin@example.com'), { seats: 2 }));
    const a = sharedLabel(w, { name: 'A', shares: { 'ann@example.com': 'viewer' } });
    w.clock.advance(60000);
    const b = sharedLabel(w, { name: 'B', shares: { 'bob@example.com': 'viewer' } });
    expect(statuses(w, b.label.id)['bob@example.com']).toBe('INSUFFICIENT_LICENSES');
    const out = must(unshare(w.ctx(OWNER), { labelId: a.label.id, grantId: a.grants['ann@example.com'].id }));
    expect(out.removed).toEqual(['ann@example.com']);
    expect(statuses(w, b.label.id)['bob@example.com']).toBe('SHARING');
    expect(model(w).collaborator(a.label.id, 'ann@example.com')).toBeUndefined();
  });
});

describe('changeRole and unshare', () => {
  it("lets a manager change and remove a grant (another manager's included)", () => {
    const w = makeWorld({ users: ['man', 'm2', 'ann'] });
    const { label, grants } = sharedLabel(w, {
      shares: { 'man@example.com': 'manager', 'm2@example.com': 'manager', 'ann@example.com': 'viewer' },
    });
    must(
      changeRole(w.ctx('man@example.com'), {
        labelId: label.id,
        grantId: grants['ann@example.com'].id,
        role: 'deleter',
      }),
    );
    expect(model(w).grant(grants['ann@example.com'].id)?.role).toBe('deleter');
    must(unshare(w.ctx('man@example.com'), { labelId: label.id, grantId: grants['m2@example.com'].id }));
    expect(model(w).grant(grants['m2@example.com'].id)).toBeUndefined();
    expect(
      model(w)
        .auditOf(label.id)
        .map((a) => a.action),
    ).toEqual(expect.arrayContaining(['grant.change', 'grant.remove']));
  });

  it('lets anyone leave a label shared with them directly, and nothing more', () => {
    const w = makeWorld({ users: ['ann', 'bob'] });
    const { label, grants } = sharedLabel(w, {
      shares: { 'ann@example.com': 'viewer', 'bob@example.com': 'viewer' },
    });
    expect(
      errorOf(unshare(w.ctx('ann@example.com'), { labelId: label.id, grantId: grants['bob@example.com'].id }))
        .code,
    ).toBe('PERMISSION_DENIED');
    must(unshare(w.ctx('ann@example.com'), { labelId: label.id, grantId: grants['ann@example.com'].id }));
    expect(Object.keys(statuses(w, label.id)).sort()).toEqual(['bob@example.com', OWNER]);
  });

  it('keeps a member reached by two grants when one of them goes', () => {
    const w = makeWorld({ users: ['ann'] });
    w.directory.addGroup('team@example.com', ['ann@example.com']);
    const { label, grants } = sharedLabel(w, {
      shares: { 'ann@example.com': 'editor', 'team@example.com': 'viewer' },
    });
    expect(model(w).collaborator(label.id, 'ann@example.com')?.grantId).toBe(grants['ann@example.com'].id);
    must(unshare(w.ctx(OWNER), { labelId: label.id, grantId: grants['ann@example.com'].id }));
    expect(model(w).collaborator(label.id, 'ann@example.com')?.grantId).toBe(grants['team@example.com'].id);
  });
});

describe('acceptInvitation', () => {
  it('refuses when there is nothing addressed to the actor', () => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    expect(errorOf(acceptInvitation(w.ctx('x@other.org'), { labelId: label.id })).code).toBe('NOT_FOUND');
  });

  it('accepts every pending invitation when no label is named', () => {
    const w = makeWorld();
    const a = sharedLabel(w, { name: 'A', shares: { 'p@other.org': 'viewer' } });
    const b = sharedLabel(w, { name: 'B', shares: { 'p@other.org': 'editor' } });
    expect(must(acceptInvitation(w.ctx('p@other.org'), {})).labelIds.sort()).toEqual(
      [a.label.id, b.label.id].sort(),
    );
    expect(must(acceptInvitation(w.ctx('p@other.org'), {})).labelIds).toEqual([]);
  });
});

describe('resendInvitation', () => {
  it('sends the invitation again, at most once every five minutes', () => {
    const w = makeWorld();
    const { label, grants } = sharedLabel(w, { shares: { 'p@other.org': 'viewer' } });
    const input = { labelId: label.id, grantId: grants['p@other.org'].id };
    expect(errorOf(resendInvitation(w.ctx(OWNER), input)).code).toBe('RESOURCE_EXHAUSTED');
    w.clock.advance(5 * 60 * 1000);
    const sent = w.mailer.sent.length;
    must(resendInvitation(w.ctx(OWNER), input));
    expect(w.mailer.sent.length).toBe(sent + 1);
    expect(model(w).grant(input.grantId)?.invitedAt).toBe(new Date(w.clock.ms).toISOString());
  });

  it('records nothing when the mail service refuses', () => {
    const w = makeWorld();
    const { label, grants } = sharedLabel(w, { shares: { 'p@other.org': 'viewer' } });
    w.clock.advance(3600 * 1000);
    w.mailer.failing = new Error('down');
    const before = w.store.serialize();
    expect(
      errorOf(resendInvitation(w.ctx(OWNER), { labelId: label.id, grantId: grants['p@other.org'].id })).code,
    ).toBe('UNAVAILABLE');
    expect(w.store.serialize()).toBe(before);
  });

  it('refuses a domain grant (there is nobody to mail)', () => {
    const w = makeWorld();
    const { label, grants } = sharedLabel(w, { shares: { domain: 'viewer' } });
    expect(
      errorOf(resendInvitation(w.ctx(OWNER), { labelId: label.id, grantId: grants.domain.id })).code,
    ).toBe('FAILED_PRECONDITION');
  });
});

describe('syncNow', () => {
  it('files a request the sync reads and turns ACTIVE collaborators to SHARING', () => {
    const w = makeWorld({ users: ['ann'] });
    const { label } = sharedLabel(w, { shares: { 'ann@example.com': 'viewer' } });
    transact(w.ctx(OWNER), ['collaborators'], (m) => {
      for (const c of m.collaboratorsOf(label.id))
        m.putCollaborator({ ...c, status: 'ACTIVE', detail: 'All copies are up to date.' });
      return ok(null);
    });
    const out = must(syncNow(w.ctx('ann@example.com'), { labelId: label.id }));
    expect(out.marked).toBe(2);
    expect(statuses(w, label.id)).toEqual({ [OWNER]: 'SHARING', 'ann@example.com': 'SHARING' });
    expect(model(w).syncRequest(label.id)).toEqual({
      labelId: label.id,
      at: out.requestedAt,
      by: 'ann@example.com',
    });
  });
});
