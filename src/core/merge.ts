// Field-level three-way merge of a master contact with an edited copy (DESIGN.md section 9, step 3).
import { MasterPerson, SYNCED_FIELDS, SyncedField } from './person';
import { normalizeForCompare, NormalizeOptions } from './person-normalize';
import { canonicalJson } from './canonical-json';
import { compareTimestamps, Timestamp } from './time';

export type FieldValue = MasterPerson[SyncedField];

export interface FieldConflict {
  readonly field: SyncedField;
  readonly kept: FieldValue;
  readonly lost: FieldValue;
  /** Whose value survived, so history can say who lost what. */
  readonly keptFrom: 'mine' | 'theirs';
}

export interface MergeInput {
  /** The revision both sides started from; null when there is none (both count as changed where they differ). */
  readonly base: MasterPerson | null;
  readonly mine: MasterPerson;
  readonly theirs: MasterPerson;
  readonly mineAt: Timestamp;
  readonly theirsAt: Timestamp;
  readonly options?: NormalizeOptions;
}

export interface MergeResult {
  readonly merged: MasterPerson;
  /** Each field both sides changed differently; the caller keeps `lost` in history (no loss, DESIGN.md section 10). */
  readonly conflicts: readonly FieldConflict[];
}

function copyField<F extends SyncedField>(to: MasterPerson, from: MasterPerson, field: F): void {
  if (from[field] === undefined) delete to[field];
  else to[field] = from[field];
}

/** Per field, compared normalised: one side changed → that side; both the same → it; both differently → the later. */
export function mergePerson(input: MergeInput): MergeResult {
  const { base, mine, theirs, options } = input;
  const merged: MasterPerson = { ...mine };
  const conflicts: FieldConflict[] = [];
  // A tie keeps `mine`: the master already holds it, so the merge writes nothing it need not.
  const theirsLater = compareTimestamps(input.theirsAt, input.mineAt) > 0;
  const nMine = normalizeForCompare(mine, options);
  const nTheirs = normalizeForCompare(theirs, options);
  const nBase = base ? normalizeForCompare(base, options) : null;

  for (const field of SYNCED_FIELDS) {
    const m = canonicalJson(nMine[field]);
    const t = canonicalJson(nTheirs[field]);
    const b = nBase ? canonicalJson(nBase[field]) : null;
    if (m === t) {
      // Same content; the later side's spelling (e.g. an email's case) is what the person last typed.
      if (theirsLater && b !== t) copyField(merged, theirs, field);
      continue;
    }
    const mineChanged = b === null || m !== b;
    const theirsChanged = b === null || t !== b;
    if (!mineChanged) {
      copyField(merged, theirs, field);
    } else if (theirsChanged) {
      const winner = theirsLater ? theirs : mine;
      const loser = theirsLater ? mine : theirs;
      copyField(merged, winner, field);
      conflicts.push({ field, kept: winner[field], lost: loser[field], keptFrom: theirsLater ? 'theirs' : 'mine' });
    }
  }
  return { merged, conflicts };
}

/** The synced fields whose normalised values differ: the update mask for turning `a` into `b`. */
export function diffFields(a: MasterPerson, b: MasterPerson, options: NormalizeOptions = {}): SyncedField[] {
  const na = normalizeForCompare(a, options);
  const nb = normalizeForCompare(b, options);
  return SYNCED_FIELDS.filter((f) => canonicalJson(na[f]) !== canonicalJson(nb[f]));
}
