// Query (admin): seats used and free, accounts waiting for one, and seat holders that are suspended or deleted.
import { fail, ok, Result } from '../../core/errors';
import type { SeatCount } from '../../core/seats';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { adminRefusal } from '../commands/shared';
import { envOf } from '../env';
import { parseInput } from '../input';
import { readSeats } from '../settings';
import { read } from '../store/transact';

export interface InactiveHolder {
  email: string;
  state: 'suspended' | 'deleted';
  labelIds: string[];
}

export interface SeatsOutput {
  total: SeatCount;
  used: number;
  free: SeatCount;
  /** Accounts shared with but holding no seat (INSUFFICIENT_LICENSES). */
  waiting: string[];
  /** Seat holders the Directory lists as suspended or no longer lists: what releaseSeats frees. */
  inactive: InactiveHolder[];
}

/** Seat holding as the collaborators table records it; account states fresh from one listing of the domain's users. */
export function seats(ctx: AppContext, input: unknown): Result<SeatsOutput> {
  return guard(() => {
    const parsed = parseInput(input, {});
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const refusal = adminRefusal(env);
    if (refusal) return fail(refusal);
    const total = readSeats(ctx.config);
    return read(ctx, ['labels', 'grants', 'collaborators'], (model) => {
      const holders = new Map<string, string[]>();
      const unseated = new Set<string>();
      for (const label of model.labels()) {
        if (label.deleted || model.grantsOf(label.id).length === 0) continue;
        for (const c of model.collaboratorsOf(label.id)) {
          if (c.status === 'UNKNOWN') continue;
          if (c.seated) holders.set(c.email, [...(holders.get(c.email) ?? []), label.id]);
          else unseated.add(c.email);
        }
      }
      env.dir.listUsers();
      const inactive: InactiveHolder[] = [];
      for (const [email, labelIds] of holders) {
        if (!env.dir.isInternal(email)) continue;
        const state = env.dir.accountState(email);
        if (state === 'suspended' || state === 'deleted' || state === 'unknown') {
          inactive.push({ email, state: state === 'suspended' ? 'suspended' : 'deleted', labelIds });
        }
      }
      const used = holders.size;
      return ok({
        total,
        used,
        free: total === 'unlimited' ? 'unlimited' : Math.max(0, total - used),
        waiting: [...unseated].filter((e) => !holders.has(e)).sort(),
        inactive: inactive.sort((a, b) => a.email.localeCompare(b.email)),
      });
    });
  });
}
