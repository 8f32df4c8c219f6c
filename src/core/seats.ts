// Seat assignment (DESIGN.md section 7): one seat per distinct account taking part in sharing, handed out in grant order.
import { compareTimestamps, Timestamp } from './time';

export type SeatCount = number | 'unlimited';

export interface SeatCandidate {
  readonly email: string;
  /** When this account first owned a shared label or received one; an owner counts from when the label became shared. */
  readonly firstGrantAt: Timestamp;
}

export interface SeatAssignment {
  /** Lower-cased emails. */
  readonly seated: ReadonlySet<string>;
  readonly unseated: ReadonlySet<string>;
  readonly used: number;
  readonly free: SeatCount;
}

/**
 * The caller passes every account that owns or receives a shared label — suspended and deleted accounts
 * included, because they keep their seat until someone unshares them (the admin card lists them to free).
 * An account appearing several times (many labels, direct and group grants) counts once, at its earliest grant.
 * Equal times keep the caller's order, so a batch of grants made together seats in the order it was given.
 */
export function assignSeats(input: { accounts: readonly SeatCandidate[]; seats: SeatCount }): SeatAssignment {
  const earliest = new Map<string, SeatCandidate>();
  for (const account of input.accounts) {
    const email = account.email.trim().toLowerCase();
    if (email === '') continue;
    const seen = earliest.get(email);
    if (seen === undefined || compareTimestamps(account.firstGrantAt, seen.firstGrantAt) < 0) {
      earliest.set(email, { email, firstGrantAt: account.firstGrantAt });
    }
  }
  const ordered = [...earliest.values()].sort((a, b) => compareTimestamps(a.firstGrantAt, b.firstGrantAt));
  const capacity = input.seats === 'unlimited' ? Infinity : Math.max(0, Math.floor(input.seats));
  const seated = new Set<string>();
  const unseated = new Set<string>();
  for (const { email } of ordered) {
    (seated.size < capacity ? seated : unseated).add(email);
  }
  return {
    seated,
    unseated,
    used: seated.size,
    free: input.seats === 'unlimited' ? 'unlimited' : capacity - seated.size,
  };
}
