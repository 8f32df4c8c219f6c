// DESIGN.md section 10 "no escalation": parameters naming someone else's label, contact or grant change nothing.
import { acceptInvitation } from '../../src/app/commands/accept-invitation';
import { addContact } from '../../src/app/commands/add-contact';
import { changeRole } from '../../src/app/commands/change-role';
import { comment } from '../../src/app/commands/comment';
import { createLabel } from '../../src/app/commands/create-label';
import { deleteContact } from '../../src/app/commands/delete-contact';
import { deleteLabel } from '../../src/app/commands/delete-label';
import { removeContact } from '../../src/app/commands/remove-contact';
import { renameLabel } from '../../src/app/commands/rename-label';
import { resendInvitation } from '../../src/app/commands/resend-invitation';
import { share } from '../../src/app/commands/share';
import { syncNow } from '../../src/app/commands/sync-now';
import { transferLabel } from '../../src/app/commands/transfer-label';
import { unshare } from '../../src/app/commands/unshare';
import { updateContact } from '../../src/app/commands/update-contact';
import type { AppContext } from '../../src/app/context';
import { contactDetail } from '../../src/app/queries/contact-detail';
import { labelAudit } from '../../src/app/queries/label-audit';
import { labelDetail } from '../../src/app/queries/label-detail';
import type { Result } from '../../src/core/errors';
import { model, OWNER, Shared, sharedLabel } from './support/scenario';
import { errorOf, makeWorld, must, person } from './support/world';

const MALLORY = 'mallory@example.com';

/** Mallory manages her own label "Mine"; the owner's "Secret" has a contact and a grant and is not shared with her. */
function scene() {
  const w = makeWorld({ users: ['mallory', 'ann'] });
  const mine = sharedLabel(w, {
    name: 'Mine',
    shares: { [MALLORY]: 'manager', 'ann@example.com': 'viewer' },
    contacts: 1,
  });
  const secret = sharedLabel(w, {
    name: 'Secret',
    shares: { 'p@other.org': 'viewer', 'ann@example.com': 'editor' },
    contacts: 1,
  });
  w.clock.advance(3600 * 1000);
  return { w, mine, secret };
}

type Forgery = (ctx: AppContext, mine: Shared, secret: Shared) => Result<unknown>;

const FORGERIES: ReadonlyArray<[string, Forgery]> = [
  ['rename the other label', (c, _m, s) => renameLabel(c, { labelId: s.label.id, name: 'Pwned' })],
  ['delete the other label', (c, _m, s) => deleteLabel(c, { labelId: s.label.id })],
  [
    'transfer the other label to herself',
    (c, _m, s) => transferLabel(c, { labelId: s.label.id, newOwner: MALLORY }),
  ],
  [
    'add a contact to the other label',
    (c, _m, s) => addContact(c, { labelId: s.label.id, person: person('Spam') }),
  ],
  [
    "edit the other label's contact",
    (c, _m, s) => updateContact(c, { contactId: s.contacts[0].id, person: { names: [{ givenName: 'X' }] } }),
  ],
  ["delete the other label's contact", (c, _m, s) => deleteContact(c, { contactId: s.contacts[0].id })],
  [
    "remove the other label's contact through her own label",
    (c, m, s) => removeContact(c, { labelId: m.label.id, contactId: s.contacts[0].id }),
  ],
  [
    "comment on the other label's contact through her own label",
    (c, m, s) => comment(c, { labelId: m.label.id, contactId: s.contacts[0].id, text: 'hi' }),
  ],
  [
    'share the other label with herself',
    (c, _m, s) => share(c, { labelId: s.label.id, grantee: MALLORY, role: 'manager' }),
  ],
  [
    'raise a grant of the other label through her own label',
    (c, m, s) =>
      changeRole(c, { labelId: m.label.id, grantId: s.grants['ann@example.com'].id, role: 'manager' }),
  ],
  [
    'remove a grant of the other label through her own label',
    (c, m, s) => unshare(c, { labelId: m.label.id, grantId: s.grants['ann@example.com'].id }),
  ],
  [
    "resend the other label's invitation through her own label",
    (c, m, s) => resendInvitation(c, { labelId: m.label.id, grantId: s.grants['p@other.org'].id }),
  ],
  ['accept an invitation made to someone else', (c, _m, s) => acceptInvitation(c, { labelId: s.label.id })],
  ['request a sync of the other label', (c, _m, s) => syncNow(c, { labelId: s.label.id })],
  ['read the other label', (c, _m, s) => labelDetail(c, { labelId: s.label.id })],
  ["read the other label's contact", (c, _m, s) => contactDetail(c, { contactId: s.contacts[0].id })],
  ["read the other label's audit", (c, _m, s) => labelAudit(c, { labelId: s.label.id })],
];

describe('forged parameters', () => {
  it.each(FORGERIES)('Mallory cannot %s: NOT_FOUND, nothing changed, nothing mailed', (_what, forge) => {
    const { w, mine, secret } = scene();
    const before = w.store.serialize();
    const mails = w.mailer.sent.length;
    // Not "permission denied": that would confirm the label exists.
    expect(errorOf(forge(w.ctx(MALLORY), mine, secret)).code).toBe('NOT_FOUND');
    expect(w.store.serialize()).toBe(before);
    expect(w.mailer.sent.length).toBe(mails);
  });

  it('ignores an actor, owner or createdBy named in the input: the actor is the signed-in user', () => {
    const { w } = scene();
    const { label } = must(
      createLabel(w.ctx(MALLORY), { name: 'Forged', actor: OWNER, owner: OWNER, createdBy: OWNER }),
    );
    expect(model(w).label(label.id)?.owner).toBe(MALLORY);
    const { contact } = must(
      addContact(w.ctx(MALLORY), { labelId: label.id, person: person('P'), actor: OWNER, createdBy: OWNER }),
    );
    expect(model(w).contact(contact.id)?.createdBy).toBe(MALLORY);
  });

  it('a label id and a contact id of the right shape but not ours are equally NOT_FOUND to a stranger', () => {
    const { w, secret } = scene();
    expect(errorOf(renameLabel(w.ctx(MALLORY), { labelId: 'lbl_999999', name: 'x' })).code).toBe('NOT_FOUND');
    expect(errorOf(renameLabel(w.ctx(MALLORY), { labelId: secret.label.id, name: 'x' })).message).toBe(
      errorOf(renameLabel(w.ctx(MALLORY), { labelId: 'lbl_999999', name: 'x' })).message,
    );
  });
});
