// Command: delete a label (owner only). Its row stays as a tombstone; contacts left in no label are deleted with it.
import { ok, Result } from '../../core/errors';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf } from '../env';
import { id, parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { dropFromLabel } from './remove-contact';
import { grantTables } from './shared';

export interface DeleteLabelOutput {
  labelId: string;
  /** Contacts that were only in this label and are now deleted. */
  deletedContacts: number;
}

const SHAPE = { labelId: id() };

/**
 * The grants stay (they say who had the label); its collaborators go, which frees their seats for accounts waiting on
 * other labels, and the sync removes the label's group and copies from every account it visits.
 */
export function deleteLabel(ctx: AppContext, input: unknown): Result<DeleteLabelOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    return transact(ctx, grantTables(edition, 'contacts'), (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'deleteLabel');
      if (!access.ok) return access;
      const { label } = access.value;
      let deletedContacts = 0;
      for (const contact of model.contactsOf(label.id)) {
        if (dropFromLabel(model, env, contact, label.id)) deletedContacts++;
      }
      model.putLabel({ ...label, deleted: true, updatedAt: env.now });
      recomputeCollaborators(model, env, { edition, seats, expand: new Set([label.id]) });
      audit(env, model, 'label.delete', label.id, label.name, { deletedContacts });
      return ok({ labelId: label.id, deletedContacts });
    });
  });
}
