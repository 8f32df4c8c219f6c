// One unit of work of an import: checked rows become master contacts of the feed's label (created, updated only when the
// row changed, matched across imports by the row's key), and at the end of a pass the contacts whose row left go.
import { normalizeEmail } from '../../core/email';
import type { ValidRow } from '../../core/feed/row-check';
import type { Label, MasterContact } from '../../core/model';
import { personHash } from '../../core/person-normalize';
import { dropFromLabel } from '../commands/remove-contact';
import type { Env } from '../env';
import type { Model } from '../store/model';

/** A contact's feedKey is `<labelId>|<row key>`: each feed label has its own contacts, so two feeds never fight over one. */
export function feedKeyOf(labelId: string, rowKey: string): string {
  return `${labelId}|${rowKey}`;
}

export type RowOutcome = 'created' | 'updated' | 'unchanged';

/** The label's contacts indexed for matching; built per unit of work from the model it loaded. */
export class FeedApplier {
  private readonly prefix: string;
  private readonly byKey = new Map<string, MasterContact>();
  /** Contacts the label held before the feed (setFeed with replace), by address, to take over instead of duplicating. */
  private readonly handMade = new Map<string, MasterContact>();

  constructor(
    private readonly model: Model,
    private readonly label: Label,
    /** The feed's writer: `actor` is `feed:<kind>` in every record it writes. */
    private readonly env: Env,
    /** Every key the source holds now (skipped rows included). */
    private readonly sourceKeys: ReadonlySet<string>,
  ) {
    this.prefix = feedKeyOf(label.id, '');
    for (const c of model.contactsOf(label.id)) {
      if (c.feedKey?.startsWith(this.prefix)) {
        if (!this.byKey.has(c.feedKey)) this.byKey.set(c.feedKey, c);
      } else if (c.feedKey === null) {
        for (const e of c.person.emailAddresses) {
          const k = `email:${normalizeEmail(e.value)}`;
          if (!this.handMade.has(k)) this.handMade.set(k, c);
        }
      }
    }
  }

  apply(row: ValidRow): RowOutcome {
    const key = feedKeyOf(this.label.id, row.key);
    const found = this.byKey.get(key) ?? this.renamed(row) ?? this.takeOver(row);
    if (!found) {
      this.create(row, key);
      return 'created';
    }
    const changed = personHash(found.person) !== row.hash;
    if (!changed && found.feedKey === key) return 'unchanged';
    const next: MasterContact = { ...found, feedKey: key, updatedAt: this.env.now, updatedBy: this.env.actor };
    if (changed) {
      this.model.addHistory({
        key: this.env.ctx.ids.newId('hist_'),
        contactId: found.id,
        revision: found.revision,
        at: this.env.now,
        by: this.env.actor,
        person: found.person,
        reason: 'revision',
      });
      next.person = row.person;
      next.revision = found.revision + 1;
    }
    if (found.feedKey !== null) this.byKey.delete(found.feedKey);
    this.byKey.set(key, next);
    this.model.putContact(next);
    return changed ? 'updated' : 'unchanged';
  }

  /**
   * End of a pass: every contact of the label whose row left the source is dropped from the label (deleted when no
   * other label carries it), and so is anything else in the label the feed does not own. Returns how many.
   */
  removeGone(): number {
    let removed = 0;
    const kept = new Set<string>();
    for (const c of this.model.contactsOf(this.label.id)) {
      const own = c.feedKey !== null && c.feedKey.startsWith(this.prefix);
      const rowKey = own && c.feedKey ? c.feedKey.slice(this.prefix.length) : null;
      if (rowKey !== null && this.sourceKeys.has(rowKey) && c.feedKey && !kept.has(c.feedKey)) {
        kept.add(c.feedKey);
        continue;
      }
      dropFromLabel(this.model, this.env, c, this.label.id);
      removed++;
    }
    return removed;
  }

  /** A row whose key changed (a new address, an id added to the source) keeps the contact filed under its old key. */
  private renamed(row: ValidRow): MasterContact | undefined {
    for (const alt of row.altKeys) {
      // A key the source still holds belongs to that row, never to this one.
      if (this.sourceKeys.has(alt)) continue;
      const c = this.byKey.get(feedKeyOf(this.label.id, alt));
      if (c) return c;
    }
    return undefined;
  }

  private takeOver(row: ValidRow): MasterContact | undefined {
    for (const k of [row.key, ...row.altKeys]) {
      const c = this.handMade.get(k);
      if (c) {
        for (const [email, other] of this.handMade) if (other.id === c.id) this.handMade.delete(email);
        return c;
      }
    }
    return undefined;
  }

  private create(row: ValidRow, key: string): void {
    const contact: MasterContact = {
      id: this.env.ctx.ids.newId('ct_'),
      labelIds: [this.label.id],
      revision: 1,
      createdAt: this.env.now,
      createdBy: this.env.actor,
      updatedAt: this.env.now,
      updatedBy: this.env.actor,
      deleted: false,
      person: row.person,
      adoptedFrom: null,
      feedKey: key,
    };
    this.byKey.set(key, contact);
    this.model.putContact(contact);
  }
}
