// Port: the signed-in user's own contact groups in Google Contacts (read side).

export interface ContactGroupSummary {
  /** `contactGroups/…` */
  resourceName: string;
  name: string;
  memberCount: number;
}

export interface GroupMemberSummary {
  resourceName: string;
  displayName: string;
  email?: string;
}

/**
 * The executing user's contact groups. Only user-created groups are returned (system groups such as
 * `myContacts` are not labels). Implementations page through the People API (1,000 groups a page).
 */
export interface ContactGroups {
  listUserGroups(): ContactGroupSummary[];
  /** The group's members (at most `limit`), or null when the group does not exist in this account. */
  members(resourceName: string, limit: number): { group: ContactGroupSummary; members: GroupMemberSummary[] } | null;
}
