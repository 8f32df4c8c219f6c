// Grantees and grant changes: parsing what the sharer typed, and who may change a grant (the record is `Grant` in model.ts).
import { GranteeKind } from './edition';
import { emailDomain, isValidEmail, normalizeEmail } from './email';
import { AppError, fail, invalidArgument, ok, permissionDenied, Result } from './errors';
import { can, GrantRole, grantableRoles, Role } from './role';
import { preview } from './text';

/** Who a grant names once the app has resolved an internal address to a user or a group. */
export type Grantee = { readonly kind: Exclude<GranteeKind, 'domain'>; readonly email: string } | { readonly kind: 'domain' };

/**
 * What parsing can tell: the whole domain, or an address inside or outside the domain. Whether an internal
 * address is a user or a group only the Directory knows; the app resolves it and builds the Grantee.
 */
export type ParsedGrantee =
  | { readonly kind: 'domain' }
  | { readonly kind: 'internal' | 'external'; readonly email: string };

export interface DomainSet {
  readonly primary: string;
  /** Secondary domains and domain aliases: their users are domain users, not external. */
  readonly secondary: readonly string[];
}

/**
 * Accepts "domain" (or the domain's own name, or "@domain"), a bare address, "Name <address>" as pasted
 * from Gmail, and "mailto:address". Result emails are lower-cased.
 */
export function parseGrantee(input: string, domains: DomainSet): Result<ParsedGrantee> {
  const raw = input.trim();
  const own = [domains.primary, ...domains.secondary].map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
  const lower = raw.toLowerCase();
  if (lower === 'domain' || own.includes(lower.replace(/^@/, ''))) return ok({ kind: 'domain' });
  const bracketed = /<([^<>]*)>\s*$/.exec(raw);
  const address = (bracketed ? bracketed[1] : raw).replace(/^mailto:/i, '').trim();
  if (!isValidEmail(address)) {
    if (raw === '') return fail(invalidArgument('error.grant.granteeEmpty', 'Enter an email address, a group address, or "domain".'));
    return fail(
      invalidArgument('error.grant.badGrantee', '"{value}" is not an email address, a group address, or "domain".', {
        value: preview(raw),
      }),
    );
  }
  const email = normalizeEmail(address);
  return ok({ kind: own.includes(emailDomain(email)) ? 'internal' : 'external', email });
}

/**
 * One key per grantee, so "bob@x" granted twice is found as the same grant. Takes a Grantee or a stored
 * grant record (whose domain grant carries email '').
 */
export function granteeKey(grantee: { readonly kind: GranteeKind; readonly email?: string }): string {
  return grantee.kind === 'domain' ? 'domain' : `${grantee.kind}:${normalizeEmail(grantee.email ?? '')}`;
}

export type GrantChange =
  | { readonly kind: 'add'; readonly role: GrantRole }
  | { readonly kind: 'change'; readonly from: GrantRole; readonly to: GrantRole }
  /** `self`: the actor removes their own direct grant, i.e. leaves the label — anyone may. */
  | { readonly kind: 'remove'; readonly from: GrantRole; readonly self?: boolean };

/**
 * DESIGN.md section 2: managers share at any role up to manager and change or remove grants below
 * owner (another manager's included); the owner changes any grant. Grants never carry owner, so
 * "below owner" holds for every grant and the two differ only in who can act at all.
 */
export function checkGrantChange(actor: Role | null, change: GrantChange): AppError | null {
  if (change.kind === 'remove' && change.self === true) return null;
  const needed = change.kind === 'add' ? 'share' : change.kind === 'change' ? 'changeGrant' : 'removeGrant';
  if (!can(actor, needed)) {
    return permissionDenied('error.role.cannotShare', 'Only the owner or a manager of this label can change who it is shared with.', {
      role: actor ?? 'none',
    });
  }
  const target = change.kind === 'add' ? change.role : change.kind === 'change' ? change.to : null;
  if (target !== null && !grantableRoles(actor).includes(target)) {
    return permissionDenied('error.role.cannotGrantRole', 'You cannot give the role {role}; choose viewer, editor, deleter or manager.', {
      role: target,
    });
  }
  return null;
}
