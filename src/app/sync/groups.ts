// The contact groups that carry labels in one account: created on demand, renamed with the label, removed with it —
// and a clash with the user's own group of the same name resolved without touching theirs.
import { GatewayError, type ContactsGateway } from '../../core/ports/contacts-gateway';
import type { Label } from '../../core/model';
import type { AccountSyncState } from './sync-state';

/** Name for the n-th attempt: the label's name, then "Name (shared)", "Name (shared 2)", ... */
export function groupName(label: string, attempt: number): string {
  return attempt === 0 ? label : attempt === 1 ? `${label} (shared)` : `${label} (shared ${attempt})`;
}

/**
 * Makes `state.groups` hold a group for every wanted label, named as the label. Whenever a group is missing or must be
 * renamed, the account's groups are listed first (one call): a run killed after creating a group but before saving its
 * state leaves a group this state does not know, and the list finds it by the label id in its clientData, so it is
 * adopted instead of twinned. A second group of ours for the same label (left by such a run before) is deleted; its
 * members, if any, only lose that membership.
 */
export function ensureGroups(gw: ContactsGateway, state: AccountSyncState, wanted: ReadonlyMap<string, Label>): void {
  const renamed = (l: Label) => state.groups[l.id] !== undefined && state.groups[l.id].forLabel !== l.name;
  if (![...wanted.values()].some((l) => !state.groups[l.id] || renamed(l))) return;

  const listed = gw.listGroups();
  for (const g of listed) {
    if (!g.labelId || !wanted.has(g.labelId)) continue;
    const known = state.groups[g.labelId];
    if (!known) state.groups[g.labelId] = { resourceName: g.resourceName, name: g.name, forLabel: g.name };
    else if (known.resourceName !== g.resourceName) deleteQuietly(gw, g.resourceName);
  }
  for (const label of [...wanted.values()].filter(renamed)) {
    const current = listed.find((g) => g.resourceName === state.groups[label.id].resourceName);
    if (!current) {
      delete state.groups[label.id];
      continue;
    }
    const taken = new Set(listed.map((g) => g.name.toLowerCase()));
    for (let attempt = 0; attempt < 10; attempt++) {
      const name = groupName(label.name, attempt);
      if (taken.has(name.toLowerCase()) && name.toLowerCase() !== current.name.toLowerCase()) continue;
      const done = gw.renameGroup(current, name);
      state.groups[label.id] = { resourceName: done.resourceName, name: done.name, forLabel: label.name };
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

function deleteQuietly(gw: ContactsGateway, resourceName: string): void {
  try {
    gw.deleteGroup(resourceName);
  } catch (e) {
    if (!(e instanceof GatewayError) || e.failure.kind !== 'notFound') throw e;
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
