// DESIGN.md section 2, row by row: every role tries every label action; it is allowed exactly from the row that grants it.
import { addContact } from '../../src/app/commands/add-contact';
import { addExistingContact } from '../../src/app/commands/add-existing-contact';
import { changeRole } from '../../src/app/commands/change-role';
import { comment } from '../../src/app/commands/comment';
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
import { labelAudit } from '../../src/app/queries/label-audit';
import { labelDetail } from '../../src/app/queries/label-detail';
import type { Result } from '../../src/core/errors';
import { Role, roleAtLeast, ROLES } from '../../src/core/role';
import { OWNER, Shared, sharedLabel } from './support/scenario';
import { makeWorld, person, World } from './support/world';

type Attempt = (ctx: AppContext, s: Shared, w: World, actor: string) => Result<unknown>;

/** DESIGN.md section 2: "role | may", each row adding to the one before. */
const DESIGN_SECTION_2: ReadonlyArray<[Role, Record<string, Attempt>]> = [
  [
    'viewer',
    {
      'see the label and its contacts': (ctx, s) => labelDetail(ctx, { labelId: s.label.id }),
      comment: (ctx, s) =>
        comment(ctx, { labelId: s.label.id, contactId: s.contacts[0].id, text: 'Called back' }),
      'ask for a sync now': (ctx, s) => syncNow(ctx, { labelId: s.label.id }),
    },
  ],
  [
    'editor',
    {
      'change fields of contacts': (ctx, s) =>
        updateContact(ctx, { contactId: s.contacts[0].id, person: { names: [{ givenName: 'Renamed' }] } }),
      'add contacts to the label': (ctx, s) =>
        addContact(ctx, { labelId: s.label.id, person: person('New') }),
      'add one of their own contacts to the label': (ctx, s, w, actor) =>
        addExistingContact(ctx, {
          labelId: s.label.id,
          resourceName: w.contactsOf(actor).add({ names: [{ givenName: 'Own' }] }).resourceName,
        }),
    },
  ],
  [
    'deleter',
    {
      'remove contacts from the label': (ctx, s) =>
        removeContact(ctx, { labelId: s.label.id, contactId: s.contacts[0].id }),
      'delete contacts': (ctx, s) => deleteContact(ctx, { contactId: s.contacts[0].id }),
    },
  ],
  [
    'manager',
    {
      'share the label with others at any role up to manager': (ctx, s) =>
        share(ctx, { labelId: s.label.id, grantee: 'new@example.com', role: 'manager' }),
      'change grants below owner': (ctx, s) =>
        changeRole(ctx, { labelId: s.label.id, grantId: s.grants['other@example.com'].id, role: 'editor' }),
      'remove grants below owner': (ctx, s) =>
        unshare(ctx, { labelId: s.label.id, grantId: s.grants['other@example.com'].id }),
      'resend an invitation': (ctx, s) =>
        resendInvitation(ctx, { labelId: s.label.id, grantId: s.grants['partner@other.org'].id }),
      'see the audit trail': (ctx, s) => labelAudit(ctx, { labelId: s.label.id }),
    },
  ],
  [
    'owner',
    {
      rename: (ctx, s) => renameLabel(ctx, { labelId: s.label.id, name: 'Renamed' }),
      delete: (ctx, s) => deleteLabel(ctx, { labelId: s.label.id }),
      transfer: (ctx, s) => transferLabel(ctx, { labelId: s.label.id, newOwner: 'new@example.com' }),
    },
  ],
];

const ACTOR: Readonly<Record<Role, string>> = {
  viewer: 'viewer@example.com',
  editor: 'editor@example.com',
  deleter: 'deleter@example.com',
  manager: 'manager@example.com',
  owner: OWNER,
};

const rows = ROLES.flatMap((actorRole) =>
  DESIGN_SECTION_2.flatMap(([rowRole, actions]) =>
    Object.entries(actions).map(([what, attempt]) => ({
      actorRole,
      what,
      attempt,
      allowed: roleAtLeast(actorRole, rowRole),
      verdict: roleAtLeast(actorRole, rowRole) ? 'may' : 'may not',
    })),
  ),
);

describe('roles (DESIGN.md section 2)', () => {
  it.each(rows)('a $actorRole $verdict $what', ({ actorRole, attempt, allowed }) => {
    const w = makeWorld({ users: ['viewer', 'editor', 'deleter', 'manager', 'other', 'new'] });
    const s = sharedLabel(w, {
      shares: {
        'viewer@example.com': 'viewer',
        'editor@example.com': 'editor',
        'deleter@example.com': 'deleter',
        'manager@example.com': 'manager',
        'other@example.com': 'viewer',
        'partner@other.org': 'viewer',
      },
      contacts: 1,
    });
    w.clock.advance(10 * 60 * 1000);
    const actor = ACTOR[actorRole];
    const before = w.store.serialize();
    const result = attempt(w.ctx(actor), s, w, actor);
    if (allowed) {
      expect(result).toMatchObject({ ok: true });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
      expect(w.store.serialize()).toBe(before);
    }
  });
});
