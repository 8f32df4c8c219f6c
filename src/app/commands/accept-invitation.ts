// Command: the actor accepts the grants made to them (one label, or every pending one), so the sync may start.
import { fail, notFound, ok, Result } from '../../core/errors';
import { granteeKey } from '../../core/grant';
import type { Grant } from '../../core/model';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf } from '../env';
import { id, optional, parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { grantTables } from './shared';

export interface AcceptInvitationOutput {
  /** Labels whose invitation was accepted now. */
  labelIds: string[];
}

const SHAPE = { labelId: optional(id(), null) };

/**
 * Only grants naming the actor themselves (a user or external grant to their address) are theirs to accept; no role
 * check is needed beyond that, and nobody can accept for someone else because the actor is never a parameter.
 */
export function acceptInvitation(ctx: AppContext, input: unknown): Result<AcceptInvitationOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    const { labelId } = parsed.value;
    return transact(ctx, grantTables(edition), (model) => {
      const mine = (g: Grant): boolean =>
        (g.grantee.kind === 'user' || g.grantee.kind === 'external') &&
        g.grantee.email === env.actor &&
        (labelId === null || g.labelId === labelId) &&
        model.label(g.labelId)?.deleted === false;
      const grants = model.grants().filter(mine);
      if (grants.length === 0) {
        return fail(
          notFound(
            'error.invitation.notFound',
            'There is no invitation for you to accept here; ask the owner to share the label with you again.',
          ),
        );
      }
      const pending = grants.filter((g) => g.acceptedAt === null);
      for (const g of pending) {
        model.putGrant({ ...g, acceptedAt: env.now });
        audit(env, model, 'grant.change', g.labelId, granteeKey(g.grantee), { accepted: true });
      }
      const labelIds = [...new Set(pending.map((g) => g.labelId))];
      if (labelIds.length > 0)
        recomputeCollaborators(model, env, { edition, seats, expand: new Set(labelIds) });
      return ok({ labelIds });
    });
  });
}
