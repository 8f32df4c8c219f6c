// Directory state: the domain's users and groups, as the Admin console holds them.

export type MemberType = 'USER' | 'GROUP' | 'CUSTOMER';

export interface DirectoryUser {
  id: string;
  primaryEmail: string;
  givenName: string;
  familyName: string;
  isAdmin: boolean;
  suspended: boolean;
  archived: boolean;
  /** Deleted in the Admin console: the Directory answers 404 as for an unknown user. */
  deleted: boolean;
  /** Disabled by Google for abuse (not by the admin). */
  banned: boolean;
  /** Whether the domain's service-account client is authorised for domain-wide delegation for this user. */
  dwdAuthorized: boolean;
  contactLimit: number;
  aliases: string[];
  phones: Array<{ value: string; type: string }>;
  organizations: Array<{ title?: string; department?: string; primary?: boolean }>;
  locations: Array<{ area?: string; buildingId?: string; floorName?: string; type: string }>;
  orgUnitPath: string;
  creationTime: string;
  deletionTime?: string;
  suspensionReason?: string;
}

export interface GroupMember {
  type: MemberType;
  /** Lower-case email for USER and GROUP; absent for CUSTOMER. */
  email?: string;
  role: 'OWNER' | 'MANAGER' | 'MEMBER';
}

export interface DirectoryGroup {
  id: string;
  email: string;
  name: string;
  members: GroupMember[];
}

export interface DirectoryState {
  customerId: string;
  primaryDomain: string;
  secondaryDomains: string[];
  /** Keyed by lower-case primary email. */
  users: Record<string, DirectoryUser>;
  /** Keyed by lower-case group email. */
  groups: Record<string, DirectoryGroup>;
}

/** An account outside the domain (a partner's Gmail or Workspace account). */
export interface ExternalAccount {
  email: string;
  contactLimit: number;
  banned: boolean;
  deleted: boolean;
}
