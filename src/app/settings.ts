// The domain's edition and seat count, read from the ConfigStore (Script Properties, namespaced by domain by the adapter).
import { Edition, isEdition } from '../core/edition';
import type { SeatCount } from '../core/seats';
import type { ConfigStore } from '../core/ports/infrastructure';

export const CONFIG_KEYS = { edition: 'edition', seats: 'seats' } as const;

export const DEFAULT_EDITION: Edition = 'ENTERPRISE';

/** An unset or unreadable value means the default: a damaged property must not lock everyone out of sharing. */
export function readEdition(config: ConfigStore): Edition {
  const v = config.get(CONFIG_KEYS.edition);
  return isEdition(v) ? v : DEFAULT_EDITION;
}

export function readSeats(config: ConfigStore): SeatCount {
  const v = config.get(CONFIG_KEYS.seats);
  return v !== null && /^\d{1,9}$/.test(v) ? Number(v) : 'unlimited';
}

export function writeSeats(config: ConfigStore, seats: SeatCount): void {
  config.set(CONFIG_KEYS.seats, seats === 'unlimited' ? 'unlimited' : String(seats));
}
