// What each edition allows (DESIGN.md section 7) as data in one place, and the checks that read it.
import { AppError, upgradeRequired } from './errors';

export type Edition = 'LITE' | 'BASIC' | 'PRO' | 'BUSINESS' | 'ENTERPRISE';

export const EDITIONS: readonly Edition[] = ['LITE', 'BASIC', 'PRO', 'BUSINESS', 'ENTERPRISE'];

export type GranteeKind = 'user' | 'group' | 'domain' | 'external';

export interface EditionRules {
  readonly externalCollaborators: boolean;
  readonly groupSharing: boolean;
  readonly directoryLabelSharing: boolean;
  readonly wholeDomainSharing: boolean;
  /** null: no limit. */
  readonly maxSharedLabels: number | null;
  readonly maxContactsPerSharedLabel: number | null;
}

/**
 * DESIGN.md section 7, "exactly as the product's published troubleshooting guide states them"; everything
 * not listed there is allowed. Note LITE: the guide forbids group sharing only on BASIC, so LITE may
 * share with a group even though it may not share with the domain — odd, but it is what the guide says.
 */
export const EDITION_RULES: Readonly<Record<Edition, EditionRules>> = {
  LITE: {
    externalCollaborators: false,
    groupSharing: true,
    directoryLabelSharing: false,
    wholeDomainSharing: false,
    maxSharedLabels: null,
    maxContactsPerSharedLabel: null,
  },
  BASIC: {
    externalCollaborators: false,
    groupSharing: false,
    directoryLabelSharing: true,
    wholeDomainSharing: true,
    maxSharedLabels: 10,
    maxContactsPerSharedLabel: 250,
  },
  PRO: {
    externalCollaborators: false,
    groupSharing: true,
    directoryLabelSharing: true,
    wholeDomainSharing: true,
    maxSharedLabels: null,
    maxContactsPerSharedLabel: null,
  },
  BUSINESS: {
    externalCollaborators: true,
    groupSharing: true,
    directoryLabelSharing: false,
    wholeDomainSharing: true,
    maxSharedLabels: null,
    maxContactsPerSharedLabel: null,
  },
  ENTERPRISE: {
    externalCollaborators: true,
    groupSharing: true,
    directoryLabelSharing: true,
    wholeDomainSharing: true,
    maxSharedLabels: null,
    maxContactsPerSharedLabel: null,
  },
};

export function isEdition(value: unknown): value is Edition {
  return typeof value === 'string' && (EDITIONS as readonly string[]).includes(value);
}

type Permission = 'externalCollaborators' | 'groupSharing' | 'directoryLabelSharing' | 'wholeDomainSharing';

/** Editions whose rules allow `permission`, for "upgrade to X or Y" in the message. */
export function editionsAllowing(permission: Permission): Edition[] {
  return EDITIONS.filter((e) => EDITION_RULES[e][permission]);
}

export interface GrantContext {
  readonly granteeKind: GranteeKind;
  readonly labelIsDirectory: boolean;
  /** Shared labels in the domain, counting this one if the grant makes it shared. */
  readonly sharedLabelCount: number;
  readonly labelContactCount: number;
}

const PERMISSION_TEXT: Readonly<Record<Permission, { key: string; what: string }>> = {
  externalCollaborators: { key: 'error.edition.external', what: 'Sharing with people outside your domain' },
  groupSharing: { key: 'error.edition.group', what: 'Sharing with a group' },
  directoryLabelSharing: { key: 'error.edition.directoryLabel', what: 'Sharing the directory label' },
  wholeDomainSharing: { key: 'error.edition.wholeDomain', what: 'Sharing with the whole domain' },
};

function forbidden(edition: Edition, permission: Permission): AppError {
  const { key, what } = PERMISSION_TEXT[permission];
  return upgradeRequired(key, `${what} is not included in the {edition} edition. Upgrade to {allowedIn}, or remove the grant.`, {
    edition,
    rule: permission,
    allowedIn: editionsAllowing(permission).join(', '),
  });
}

/** null when the edition allows the grant; else UPGRADE_REQUIRED naming the first rule it breaks. */
export function checkGrant(edition: Edition, ctx: GrantContext): AppError | null {
  const rules = EDITION_RULES[edition];
  if (ctx.granteeKind === 'external' && !rules.externalCollaborators) return forbidden(edition, 'externalCollaborators');
  if (ctx.granteeKind === 'group' && !rules.groupSharing) return forbidden(edition, 'groupSharing');
  if (ctx.granteeKind === 'domain' && !rules.wholeDomainSharing) return forbidden(edition, 'wholeDomainSharing');
  if (ctx.labelIsDirectory && !rules.directoryLabelSharing) return forbidden(edition, 'directoryLabelSharing');
  if (rules.maxSharedLabels !== null && ctx.sharedLabelCount > rules.maxSharedLabels) {
    return upgradeRequired(
      'error.edition.sharedLabelLimit',
      'The {edition} edition allows at most {limit} shared labels; this would make {count}. Upgrade, or stop sharing another label.',
      { edition, rule: 'maxSharedLabels', limit: rules.maxSharedLabels, count: ctx.sharedLabelCount },
    );
  }
  return checkLabelGrowth(edition, ctx.labelContactCount);
}

/**
 * For a grant that was fine when made and broke later because the label grew: the sync shows
 * UPGRADE_REQUIRED for it instead of copying (DESIGN.md section 7).
 */
export function checkLabelGrowth(edition: Edition, contactCount: number): AppError | null {
  const limit = EDITION_RULES[edition].maxContactsPerSharedLabel;
  if (limit === null || contactCount <= limit) return null;
  return upgradeRequired(
    'error.edition.labelContactLimit',
    'The {edition} edition shares labels of at most {limit} contacts; this label has {count}. Upgrade, or move some contacts to another label.',
    { edition, rule: 'maxContactsPerSharedLabel', limit, count: contactCount },
  );
}
