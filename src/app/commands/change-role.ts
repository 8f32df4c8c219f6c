// Command: change the role of a grant (manager+; managers may change any grant, grants never carry owner).
import { fail, notFound, ok, Result } from '../../core/errors';
import { checkGrantChange, granteeKey } from '../../core/grant';
import type { Grant } from '../../core/model';
import { GRANT_ROLES } from '../../core/role';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf } from '../env';
import { id, oneOf, parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import type { Model } from '../store/model';
import { transact } from '../store/transact';
import { grantTables } from './shared';

export interface ChangeRoleOutput {
  grant: Grant;
}

const SHAPE = { labelId: id(), grantId: id(), role: oneOf(GRANT_ROLES) };

/** The grant, only when it belongs to `labelId`: a grant id taken from another label is NOT_FOUND, never acted on. */
export function grantOfLabel(model: Model, grantId: string, labelId: string): Result<Grant> {
  const grant = model.grant(grantId);
  if (!grant || grant.labelId !== labelId) {
    return fail(notFound('error.grant.notFound', 'This sharing entry no longer exists; reload the card.'));
  }
  return ok(grant);
}

export function changeRole(ctx: AppContext, input: unknown): Result<ChangeRoleOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    return transact(ctx, grantTables(edition), (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'changeGrant');
      if (!access.ok) return access;
      const grant = grantOfLabel(model, parsed.value.grantId, access.value.label.id);
      if (!grant.ok) return grant;
      const { role } = parsed.value;
      if (grant.value.role === role) return ok({ grant: grant.value });
      const refusal = checkGrantChange(access.value.role, {
        kind: 'change',
        from: grant.value.role,
        to: role,
      });
      if (refusal) return fail(refusal);
      const changed: Grant = { ...grant.value, role };
      model.putGrant(changed);
      recomputeCollaborators(model, env, { edition, seats, expand: new Set([changed.labelId]) });
      audit(env, model, 'grant.change', changed.labelId, granteeKey(changed.grantee), {
        from: grant.value.role,
        to: role,
      });
      return ok({ grant: changed });
    });
  });
}
