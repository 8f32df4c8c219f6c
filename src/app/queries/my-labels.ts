// Query: the labels the actor owns, with their size and whether they are shared.
import { ok, Result } from '../../core/errors';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { envOf } from '../env';
import { parseInput } from '../input';
import { read } from '../store/transact';

export interface OwnedLabel {
  id: string;
  name: string;
  contactCount: number;
  /** Grants on the label; 0 means shared with nobody. */
  grantCount: number;
  feed: string | null;
}

export interface MyLabelsOutput {
  labels: OwnedLabel[];
}

export function myLabels(ctx: AppContext, input: unknown): Result<MyLabelsOutput> {
  return guard(() => {
    const parsed = parseInput(input, {});
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    return read(ctx, ['labels', 'grants', 'contacts'], (model) => {
      const labels = model
        .labelsOwnedBy(env.actor)
        .filter((l) => !l.deleted)
        .map((l) => ({
          id: l.id,
          name: l.name,
          contactCount: model.contactsOf(l.id).length,
          grantCount: model.grantsOf(l.id).length,
          feed: l.feed?.kind ?? null,
        }))
        .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
      return ok({ labels });
    });
  });
}
