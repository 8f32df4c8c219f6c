// Command: remove a grant (manager+), or leave a label shared with you directly (anyone, for their own grant).
import { fail, ok, Result } from '../../core/errors';
import { checkGrantChange, granteeKey } from '../../core/grant';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf } from '../env';
import { id, parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { grantOfLabel } from './change-role';
import { grantTables } from './shared';

export interface UnshareOutput {
  grantId: string;
  /** Accounts that no longer receive the label (the sync removes its group and copies from them). */
  removed: string[];
}

const SHAPE = { labelId: id(), grantId: id() };

export function unshare(ctx: AppContext, input: unknown): Result<UnshareOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    return transact(ctx, grantTables(edition), (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'view');
      if (!access.ok) return access;
      const { label, role } = access.value;
      const grant = grantOfLabel(model, parsed.value.grantId, label.id);
      if (!grant.ok) return grant;
      const g = grant.value;
      const self = g.grantee.kind !== 'domain' && g.grantee.kind !== 'group' && g.grantee.email === env.actor;
      const refusal = checkGrantChange(role, { kind: 'remove', from: g.role, self });
      if (refusal) return fail(refusal);
      const before = new Set(model.collaboratorsOf(label.id).map((c) => c.email));
      model.removeGrant(g.id);
      recomputeCollaborators(model, env, { edition, seats, expand: new Set([label.id]) });
      const after = new Set(model.collaboratorsOf(label.id).map((c) => c.email));
      audit(env, model, 'grant.remove', label.id, granteeKey(g.grantee), { role: g.role, self });
      return ok({ grantId: g.id, removed: [...before].filter((e) => !after.has(e)) });
    });
  });
}
