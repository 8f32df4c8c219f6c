// Admin command: set the number of seats the domain has bought; seats are re-assigned in grant order at once.
import { fail, invalidArgument, ok, Result } from '../../core/errors';
import type { SeatCount } from '../../core/seats';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { recomputeCollaborators } from '../collaborators';
import { audit, envOf } from '../env';
import { Check, int, parseInput } from '../input';
import { readEdition, readSeats, writeSeats } from '../settings';
import { transact } from '../store/transact';
import { adminRefusal, grantTables } from './shared';

export interface SetSeatsOutput {
  seats: SeatCount;
  previous: SeatCount;
}

/** Our bound: far above any Workspace domain's licence count, and a number a property holds exactly. */
export const MAX_SEATS = 1000000;

const seatCount: Check<SeatCount> = (v, field) => {
  if (v === 'unlimited') return ok('unlimited');
  const n = int({ min: 0, max: MAX_SEATS })(v, field);
  if (n.ok) return n;
  return fail(
    invalidArgument(
      'error.seats.bad',
      'The number of seats must be a whole number from 0 to {max}, or "unlimited".',
      { max: MAX_SEATS },
    ),
  );
};

const SHAPE = { seats: seatCount };

export function setSeats(ctx: AppContext, input: unknown): Result<SetSeatsOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const refusal = adminRefusal(env);
    if (refusal) return fail(refusal);
    const { seats } = parsed.value;
    const edition = readEdition(ctx.config);
    return transact(ctx, grantTables(edition), (model) => {
      const previous = readSeats(ctx.config);
      if (previous === seats) return ok({ seats, previous });
      recomputeCollaborators(model, env, { edition, seats, expand: new Set() });
      audit(env, model, 'settings.change', '', 'seats', { from: String(previous), to: String(seats) });
      writeSeats(ctx.config, seats);
      return ok({ seats, previous });
    });
  });
}
