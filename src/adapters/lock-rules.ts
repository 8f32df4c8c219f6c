// What both Lock adapters share: the refusal a person sees when another change holds the lock.
import { unavailable } from '../core/errors';

export function lockBusy() {
  return unavailable('error.lock.busy', 'Another change is being saved right now; try again in a moment.');
}
