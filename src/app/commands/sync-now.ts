// Command: ask for a label to be synced soon (viewer+): a request row the sync runner reads, and SHARING on its collaborators.
import { ok, Result } from '../../core/errors';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { detailFor } from '../collaborator-status';
import { envOf } from '../env';
import { id, parseInput } from '../input';
import { transact } from '../store/transact';

export interface SyncNowOutput {
  labelId: string;
  requestedAt: string;
  /** Collaborators whose status went from ACTIVE to SHARING. */
  marked: number;
}

const SHAPE = { labelId: id() };

/**
 * "Sync now" is offered to everyone who sees a SHARING or INSUFFICIENT_LICENSES status, viewers included. Only ACTIVE
 * collaborators change status (to SHARING): every other status names a problem a sync would not fix by itself. No
 * audit row: the request changes no label, contact or grant, and the request row itself says who asked and when.
 */
export function syncNow(ctx: AppContext, input: unknown): Result<SyncNowOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    return transact(ctx, ['labels', 'grants', 'collaborators'], (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'view');
      if (!access.ok) return access;
      const { label } = access.value;
      let marked = 0;
      for (const c of model.collaboratorsOf(label.id)) {
        if (c.status !== 'ACTIVE') continue;
        model.putCollaborator({
          ...c,
          status: 'SHARING',
          detail: detailFor('SHARING', { editionRefusal: null }, undefined),
        });
        marked++;
      }
      model.putSyncRequest({ labelId: label.id, at: env.now, by: env.actor });
      return ok({ labelId: label.id, requestedAt: env.now, marked });
    });
  });
}
