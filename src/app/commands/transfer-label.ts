// Command: transfer a label to another domain user (owner only); the old owner stays on as manager.
import { isValidEmail, normalizeEmail } from '../../core/email';
import {
  alreadyExists,
  fail,
  failedPrecondition,
  invalidArgument,
  notFound,
  ok,
  Result,
} from '../../core/errors';
import type { Grant, Label } from '../../core/model';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf } from '../env';
import { id, parseInput, text } from '../input';
import { sendAfterSave, transferMail } from '../mail';
import { readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { grantTables, nameTaken } from './shared';

export interface TransferLabelOutput {
  label: Label;
  notice: 'sent' | 'failed';
}

const SHAPE = { labelId: id(), newOwner: text({ max: 320, min: 1 }) };

export function transferLabel(ctx: AppContext, input: unknown): Result<TransferLabelOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    if (!isValidEmail(parsed.value.newOwner)) {
      return fail(
        invalidArgument(
          'error.transfer.badEmail',
          'Enter the email address of the user who should own the label.',
        ),
      );
    }
    const newOwner = normalizeEmail(parsed.value.newOwner);
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    const result = transact(ctx, grantTables(edition), (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'transfer');
      if (!access.ok) return access;
      const { label } = access.value;
      if (newOwner === label.owner)
        return fail(invalidArgument('error.transfer.self', 'You already own this label.'));
      if (!env.dir.isInternal(newOwner)) {
        return fail(
          invalidArgument(
            'error.transfer.external',
            'A label can only be transferred to a user of your domain.',
            { email: newOwner },
          ),
        );
      }
      const user = env.dir.user(newOwner);
      if (user === null)
        return fail(
          notFound(
            'error.transfer.noSuchUser',
            'There is no user {email} in your domain; check the spelling.',
            { email: newOwner },
          ),
        );
      if (user.state !== 'active') {
        return fail(
          failedPrecondition(
            'error.transfer.inactive',
            'The account {email} is not active ({state}); choose an active user.',
            { email: newOwner, state: user.state },
          ),
        );
      }
      // Primary address, not an alias: ownership, grants and seats are keyed by one address per account.
      const owner = normalizeEmail(user.email);
      if (owner === label.owner)
        return fail(invalidArgument('error.transfer.self', 'You already own this label.'));
      if (nameTaken(model, owner, label.name)) {
        return fail(
          alreadyExists(
            'error.transfer.nameTaken',
            '{email} already has a label named "{name}"; rename one of them first.',
            { email: owner, name: label.name },
          ),
        );
      }
      const grants = model.grantsOf(label.id);
      // The new owner needs no grant; the old owner keeps manager access through a direct grant.
      for (const g of grants)
        if (g.grantee.kind !== 'domain' && g.grantee.email === owner) model.removeGrant(g.id);
      const previous = grants.find((g) => g.grantee.kind === 'user' && g.grantee.email === label.owner);
      const managerGrant: Grant = previous
        ? { ...previous, role: 'manager' }
        : {
            id: ctx.ids.newId('grt_'),
            labelId: label.id,
            grantee: { kind: 'user', email: label.owner },
            role: 'manager',
            grantedBy: env.actor,
            grantedAt: env.now,
            syncToMobile: true,
            acceptedAt: env.now,
            invitedAt: null,
          };
      model.putGrant(managerGrant);
      const moved: Label = { ...label, owner, updatedAt: env.now };
      model.putLabel(moved);
      recomputeCollaborators(model, env, { edition, seats, expand: new Set([label.id]) });
      audit(env, model, 'label.transfer', label.id, owner, { from: label.owner });
      return ok({ label: moved });
    });
    if (!result.ok) return result;
    const { label } = result.value;
    const notice = sendAfterSave(
      ctx.mailer,
      transferMail({ to: label.owner, from: env.actor, labelName: label.name, addonUrl: ctx.addonUrl }),
    );
    return ok({ label, notice });
  });
}
