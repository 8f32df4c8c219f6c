// The contact groups that carry labels in one account: created on demand, renamed with the label, removed with it —
// and a clash with the user's own group of the same name resolved without touching theirs.
import { GatewayError, type ContactsGateway, type RemoteGroup } from '../../core/ports/contacts-gateway';
import type { Label } from '../../core/model';
import type { AccountSyncState } from './sync-state';

/** Name for the n-th attempt: the label's name, then "Name (shared)", "Name (shared 2)", ... */
export function groupName(label: string, attempt: number): string {
  return attempt === 0 ? label : attempt === 1 ? `${label} (shared)` : `${label} (shared ${attempt})`;
}

/**
 * Makes `state.groups` hold a group for every wanted label, named as the label. `mayExist` says the account's groups
 * could already hold ours without `state` knowing (state lost or first visit after a reset): then one list call finds
 * them by the label id in their clientData instead of creating twins.
 */
export function ensureGroups(gw: ContactsGateway, state: AccountSyncState, wanted: ReadonlyMap<string, Label>, mayExist: boolean): void {
  const missing = [...wanted.keys()].filter((id) => !state.groups[id]);
  const renames = [...wanted.values()].filter((l) => state.groups[l.id] && state.groups[l.id].forLabel !== l.name);
  if (missing.length === 0 && renames.length === 0) return;

  let listed: RemoteGroup[] | null = null;
  const list = () => (listed ??= gw.listGroups());
  if (mayExist || renames.length > 0) {
    for (const g of list()) {
      if (g.labelId && wanted.has(g.labelId) && !state.groups[g.labelId]) state.groups[g.labelId] = { resourceName: g.resourceName, name: g.name, forLabel: g.name };
    }
  }
  for (const label of renames) {
    const current = list().find((g) => g.resourceName === state.groups[label.id].resourceName);
    if (!current) {
      delete state.groups[label.id];
      continue;
    }
    const taken = new Set(list().map((g) => g.name.toLowerCase()));
    for (let attempt = 0; attempt < 10; attempt++) {
      const name = groupName(label.name, attempt);
      if (taken.has(name.toLowerCase()) && name.toLowerCase() !== current.name.toLowerCase()) continue;
      const renamed = gw.renameGroup(current, name);
      state.groups[label.id] = { resourceName: renamed.resourceName, name: renamed.name, forLabel: label.name };
      break;
    }
  }
  for (const id of [...wanted.keys()].filter((x) => !state.groups[x])) {
    const label = wanted.get(id)!;
    for (let attempt = 0; ; attempt++) {
      try {
        const g = gw.createGroup(groupName(label.name, attempt), id);
        state.groups[id] = { resourceName: g.resourceName, name: g.name, forLabel: label.name };
        break;
      } catch (e) {
        // 409: the user has a group of that name of their own; ours takes the next free name.
        if (!(e instanceof GatewayError) || attempt >= 9 || !/exist|duplicate|already/i.test(e.message)) throw e;
      }
    }
  }
}

/** Removes the groups of labels the account no longer has (their copies were deleted or ungrouped first). */
export function dropGroups(gw: ContactsGateway, state: AccountSyncState, wanted: ReadonlyMap<string, Label>): void {
  for (const [labelId, g] of Object.entries(state.groups)) {
    if (wanted.has(labelId)) continue;
    try {
      gw.deleteGroup(g.resourceName);
    } catch (e) {
      if (!(e instanceof GatewayError) || e.failure.kind !== 'notFound') throw e;
    }
    delete state.groups[labelId];
  }
}
