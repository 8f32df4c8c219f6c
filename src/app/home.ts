// Queries behind the home and label cards of the first slice: the user's own labels in Google Contacts.
import type { ContactGroupSummary, ContactGroups, GroupMemberSummary } from '../core/ports/contact-groups';

export interface HomeResult {
  actor: string;
  labels: ContactGroupSummary[];
}

export function loadHome(actor: string, groups: ContactGroups): HomeResult {
  const labels = groups
    .listUserGroups()
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name));
  return { actor, labels };
}

export interface LabelResult {
  group: ContactGroupSummary;
  members: GroupMemberSummary[];
}

/** A label of the actor's own account; the resource name comes from a card parameter, so it is only looked up, never trusted. */
export function loadLabel(groups: ContactGroups, resourceName: string): LabelResult | null {
  if (!/^contactGroups\/[A-Za-z0-9_-]+$/.test(resourceName)) return null;
  return groups.members(resourceName, 200);
}
