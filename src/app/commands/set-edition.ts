// Admin command: set the domain's edition; every collaborator's status is re-checked against the new edition's rules.
import { Edition, EDITIONS } from '../../core/edition';
import { fail, ok, Result } from '../../core/errors';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf } from '../env';
import { oneOf, parseInput } from '../input';
import { CONFIG_KEYS, readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { adminRefusal, grantTables } from './shared';

export interface SetEditionOutput {
  edition: Edition;
  previous: Edition;
}

const SHAPE = { edition: oneOf(EDITIONS) };

/**
 * Existing grants are not removed by a downgrade: the ones the new edition forbids show UPGRADE_REQUIRED (with the fix
 * "upgrade, or remove the grant"), and receive nothing until then. The setting is written under the same lock, after
 * the statuses are computed and before they are saved.
 */
export function setEdition(ctx: AppContext, input: unknown): Result<SetEditionOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const refusal = adminRefusal(env);
    if (refusal) return fail(refusal);
    const edition = parsed.value.edition;
    return transact(ctx, grantTables(edition), (model) => {
      const previous = readEdition(ctx.config);
      if (previous === edition && ctx.config.get(CONFIG_KEYS.edition) === edition)
        return ok({ edition, previous });
      recomputeCollaborators(model, env, { edition, seats: readSeats(ctx.config), expand: new Set() });
      audit(env, model, 'settings.change', '', 'edition', { from: previous, to: edition });
      ctx.config.set(CONFIG_KEYS.edition, edition);
      return ok({ edition, previous });
    });
  });
}
