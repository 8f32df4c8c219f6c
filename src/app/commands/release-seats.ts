// Admin command: unshare every suspended or deleted account everywhere, so their seats go to the accounts waiting.
import { fail, ok, Result } from '../../core/errors';
import { granteeKey } from '../../core/grant';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf } from '../env';
import { parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { adminRefusal, grantTables } from './shared';

export interface ReleasedAccount {
  email: string;
  state: 'suspended' | 'deleted';
  labelIds: string[];
}

export interface StillHeld {
  email: string;
  state: 'suspended' | 'deleted';
  /** Why it could not be unshared here: it owns the label (transfer it), or a group or domain grant reaches it. */
  via: 'owner' | 'group' | 'domain';
  labelId: string;
}

export interface ReleaseSeatsOutput {
  released: ReleasedAccount[];
  stillHeld: StillHeld[];
}

/**
 * Direct grants (user grants) to accounts the Directory lists as suspended, or no longer lists though we saw them
 * before, are removed. An account reached through a group keeps its seat until it leaves the group (a deleted account
 * leaves by itself, so re-expanding groups and the domain frees those); an owner keeps it until the label is
 * transferred. Both are listed in `stillHeld`. Cost: one listing of the domain's users, and the group expansions.
 */
export function releaseSeats(ctx: AppContext, input: unknown): Result<ReleaseSeatsOutput> {
  return guard(() => {
    const parsed = parseInput(input, {});
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const refusal = adminRefusal(env);
    if (refusal) return fail(refusal);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    return transact(ctx, grantTables(edition), (model) => {
      env.dir.listUsers();
      const gone = (email: string, labelId: string): 'suspended' | 'deleted' | null => {
        const state = env.dir.accountState(email);
        if (state === 'suspended') return 'suspended';
        if (state === 'deleted') return 'deleted';
        // Not listed: deleted if we had seen the account, a typo (holding no seat) if we had not.
        const row = model.collaborator(labelId, email);
        return state === 'unknown' && row !== undefined && row.status !== 'UNKNOWN' ? 'deleted' : null;
      };
      const released = new Map<string, ReleasedAccount>();
      const touched = new Set<string>();
      for (const g of model.grants()) {
        const label = model.label(g.labelId);
        if (!label || label.deleted || g.grantee.kind !== 'user') continue;
        const state = gone(g.grantee.email, label.id);
        if (state === null) continue;
        model.removeGrant(g.id);
        touched.add(label.id);
        const entry = released.get(g.grantee.email) ?? { email: g.grantee.email, state, labelIds: [] };
        entry.labelIds.push(label.id);
        released.set(g.grantee.email, entry);
        audit(env, model, 'seat.free', label.id, granteeKey(g.grantee), { state });
      }
      for (const label of model.labels()) {
        if (
          !label.deleted &&
          model.grantsOf(label.id).some((g) => g.grantee.kind === 'group' || g.grantee.kind === 'domain')
        )
          touched.add(label.id);
      }
      recomputeCollaborators(model, env, { edition, seats, expand: touched });
      const stillHeld: StillHeld[] = [];
      for (const label of model.labels()) {
        if (label.deleted || model.grantsOf(label.id).length === 0) continue;
        for (const c of model.collaboratorsOf(label.id)) {
          if (c.status !== 'SUSPENDED' && c.status !== 'DELETED') continue;
          const grant = c.grantId === '' ? undefined : model.grant(c.grantId);
          const via = grant === undefined ? 'owner' : grant.grantee.kind === 'domain' ? 'domain' : 'group';
          stillHeld.push({
            email: c.email,
            state: c.status === 'SUSPENDED' ? 'suspended' : 'deleted',
            via,
            labelId: label.id,
          });
        }
      }
      return ok({ released: [...released.values()], stillHeld });
    });
  });
}
