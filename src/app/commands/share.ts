// Command: share a label with a user, a group, the whole domain or an external address (manager+), within the edition.
import { checkGrant, GranteeKind } from '../../core/edition';
import { alreadyExists, fail, invalidArgument, ok, Result } from '../../core/errors';
import { checkGrantChange, Grantee, granteeKey, parseGrantee } from '../../core/grant';
import { isDirectoryLabel } from '../../core/label';
import type { Grant, Label } from '../../core/model';
import { GRANT_ROLES } from '../../core/role';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { recomputeCollaborators, unseatedOf } from '../collaborators';
import { audit, Env, envOf } from '../env';
import { bool, id, oneOf, optional, parseInput, text } from '../input';
import { invitationMail, sendAfterSave } from '../mail';
import { readEdition, readSeats } from '../settings';
import type { Model } from '../store/model';
import { transact } from '../store/transact';
import { grantTables } from './shared';

export interface ShareOutput {
  grant: Grant;
  /** false: the grantee already had a grant, whose role was changed instead (no new invitation). */
  created: boolean;
  /** Accounts of this label left without a seat: they show INSUFFICIENT_LICENSES until a seat frees. */
  unseated: string[];
  /** 'none' for a domain grant or a role change. */
  invitation: 'sent' | 'failed' | 'none';
}

const SHAPE = {
  labelId: id(),
  /** An address, "Name <address>", or "domain". */
  grantee: text({ max: 400, min: 1 }),
  role: oneOf(GRANT_ROLES),
  syncToMobile: optional(bool(), true),
};

/** Shared labels of the domain, counting `label` if this grant is what makes it shared (BASIC allows ten). */
function sharedLabelCount(model: Model, label: Label): number {
  const shared = model.labels().filter((l) => !l.deleted && model.grantsOf(l.id).length > 0);
  return shared.length + (shared.some((l) => l.id === label.id) ? 0 : 1);
}

function resolve(
  env: Env,
  parsed: { kind: 'domain' } | { kind: 'internal' | 'external'; email: string },
): Grantee {
  if (parsed.kind === 'domain') return { kind: 'domain' };
  if (parsed.kind === 'external') return { kind: 'external', email: parsed.email };
  // An internal address that is neither a group nor a known user is still granted: it shows UNKNOWN ("check the
  // spelling"), and an account created a minute ago, not yet in the Directory, starts receiving once it appears.
  return env.dir.isGroup(parsed.email)
    ? { kind: 'group', email: parsed.email }
    : { kind: 'user', email: parsed.email };
}

/**
 * Sharing again with someone who already has a grant changes its role (what Docs does), or refuses with ALREADY_EXISTS
 * when the role is the same. Seats are not checked here: they are handed out in grant order, and a grantee beyond the
 * seat count is shared with but shows INSUFFICIENT_LICENSES (DESIGN.md section 7) — the answer lists them.
 */
export function share(ctx: AppContext, input: unknown): Result<ShareOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const { labelId, role, syncToMobile } = parsed.value;
    const env = envOf(ctx);
    const target = parseGrantee(parsed.value.grantee, env.dir.domains());
    if (!target.ok) return target;
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    const result = transact(ctx, grantTables(edition), (model) => {
      const access = requireLabel(model, labelId, env.actor, env.dir, 'share');
      if (!access.ok) return access;
      const { label } = access.value;
      const grantee = resolve(env, target.value);
      if (grantee.kind !== 'domain' && grantee.email === label.owner) {
        return fail(
          invalidArgument('error.share.owner', '{email} owns this label and already has every right on it.', {
            email: label.owner,
          }),
        );
      }
      const existing = model.grantsOf(label.id).find((g) => granteeKey(g.grantee) === granteeKey(grantee));
      if (existing) {
        if (existing.role === role) {
          return fail(
            alreadyExists('error.share.exists', 'This label is already shared with {grantee} as {role}.', {
              grantee: grantee.kind === 'domain' ? 'the whole domain' : grantee.email,
              role,
            }),
          );
        }
        const refusal = checkGrantChange(access.value.role, {
          kind: 'change',
          from: existing.role,
          to: role,
        });
        if (refusal) return fail(refusal);
        const changed: Grant = { ...existing, role, syncToMobile };
        model.putGrant(changed);
        recomputeCollaborators(model, env, { edition, seats, expand: new Set([label.id]) });
        audit(env, model, 'grant.change', label.id, granteeKey(grantee), { from: existing.role, to: role });
        return ok({ grant: changed, created: false, unseated: unseatedOf(model, label.id), label });
      }
      const refusal = checkGrantChange(access.value.role, { kind: 'add', role });
      if (refusal) return fail(refusal);
      const kind: GranteeKind = grantee.kind;
      const upgrade = checkGrant(edition, {
        granteeKind: kind,
        labelIsDirectory: isDirectoryLabel(label),
        sharedLabelCount: sharedLabelCount(model, label),
        // Loaded only when the edition caps a label's size (grantTables); otherwise the count cannot matter.
        labelContactCount: model.isLoaded('contacts') ? model.contactsOf(label.id).length : 0,
      });
      if (upgrade) return fail(upgrade);
      const grant: Grant = {
        id: ctx.ids.newId('grt_'),
        labelId: label.id,
        grantee,
        role,
        grantedBy: env.actor,
        grantedAt: env.now,
        syncToMobile,
        // Domain users are reached by DWD at once; someone outside must open the add-on and accept.
        acceptedAt: kind === 'external' ? null : env.now,
        invitedAt: kind === 'domain' ? null : env.now,
      };
      model.putGrant(grant);
      recomputeCollaborators(model, env, { edition, seats, expand: new Set([label.id]) });
      audit(env, model, 'grant.add', label.id, granteeKey(grantee), { role });
      return ok({ grant, created: true, unseated: unseatedOf(model, label.id), label });
    });
    if (!result.ok) return result;
    const { grant, created, unseated, label } = result.value;
    let invitation: ShareOutput['invitation'] = 'none';
    // The whole domain gets no mail: nobody wants an e-mail to every colleague for one shared label.
    if (created && grant.grantee.kind !== 'domain') {
      invitation = sendAfterSave(
        ctx.mailer,
        invitationMail({
          to: grant.grantee.email,
          kind: grant.grantee.kind,
          sharer: env.actor,
          labelName: label.name,
          role: grant.role,
          addonUrl: ctx.addonUrl,
        }),
      );
    }
    return ok({ grant, created, unseated, invitation });
  });
}
