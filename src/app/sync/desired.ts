// Which copies each account should hold (DESIGN.md section 9, step 4): every live contact of every label the account
// owns or receives with a seat and a status that lets copies flow.
import type { Collaborator, Label } from '../../core/model';
import type { Status } from '../../core/status';
import type { Model } from '../store/model';
import type { DesiredCopy } from './plan';

/** Statuses whose collaborator receives copies; every other one receives nothing (and loses what it had). */
export const DELIVERED: ReadonlySet<Status> = new Set<Status>(['ACTIVE', 'SHARING', 'OVER_QUOTA', 'PARTIALLY_SHARED']);

export interface AccountLabels {
  /** labelId -> the label, for the labels this account should see as groups. */
  labels: Map<string, Label>;
  copies: Map<string, DesiredCopy>;
}

function receives(c: Collaborator): boolean {
  return c.seated && DELIVERED.has(c.status);
}

/** Everything every account should hold, computed once per run from the store. */
export function desiredByAccount(model: Model): Map<string, AccountLabels> {
  const out = new Map<string, AccountLabels>();
  const entry = (email: string) => {
    let e = out.get(email);
    if (!e) out.set(email, (e = { labels: new Map(), copies: new Map() }));
    return e;
  };
  for (const label of model.labels()) {
    if (label.deleted) continue;
    const recipients = new Map<string, boolean>([[label.owner, true]]);
    for (const c of model.collaboratorsOf(label.id)) {
      if (c.email === label.owner || !receives(c)) continue;
      const grant = model.grant(c.grantId);
      recipients.set(c.email, (recipients.get(c.email) ?? false) || (grant?.syncToMobile ?? true));
    }
    const contacts = model.contactsOf(label.id);
    for (const [email, toMobile] of recipients) {
      const e = entry(email);
      e.labels.set(label.id, label);
      for (const m of contacts) {
        const d = e.copies.get(m.id);
        if (d) {
          if (!d.labelIds.includes(label.id)) d.labelIds.push(label.id);
          d.toMobile = d.toMobile || toMobile;
        } else {
          e.copies.set(m.id, { master: m, labelIds: [label.id], toMobile });
        }
      }
    }
  }
  return out;
}
