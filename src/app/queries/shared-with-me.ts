// Query: the labels others shared with the actor, with the actor's role and whether an invitation waits for acceptance.
import { ok, Result } from '../../core/errors';
import { highestRole, Role } from '../../core/role';
import type { Status } from '../../core/status';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { envOf } from '../env';
import { parseInput } from '../input';
import { read } from '../store/transact';

export interface SharedLabel {
  id: string;
  name: string;
  owner: string;
  role: Role;
  /** The actor's own status on the label (null before the collaborators were first computed). */
  status: Status | null;
  /** A grant to the actor waits for acceptInvitation. */
  pendingInvitation: boolean;
}

export interface SharedWithMeOutput {
  labels: SharedLabel[];
}

/**
 * Reads direct and domain grants as they are now, and group memberships as the collaborators table last recorded them
 * (asking the Directory about every group of the domain would cost a call per group). The label card re-checks the
 * role live before it shows any contact.
 */
export function sharedWithMe(ctx: AppContext, input: unknown): Result<SharedWithMeOutput> {
  return guard(() => {
    const parsed = parseInput(input, {});
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    return read(ctx, ['labels', 'grants', 'collaborators'], (model) => {
      const internal = env.dir.isInternal(env.actor);
      const out: SharedLabel[] = [];
      for (const label of model.labels()) {
        if (label.deleted || label.owner === env.actor) continue;
        const roles: Array<Role | null> = [];
        let pendingInvitation = false;
        for (const g of model.grantsOf(label.id)) {
          const direct =
            g.grantee.kind !== 'domain' && g.grantee.kind !== 'group' && g.grantee.email === env.actor;
          if (direct || (g.grantee.kind === 'domain' && internal)) roles.push(g.role);
          if (direct && g.acceptedAt === null) pendingInvitation = true;
        }
        const row = model.collaborator(label.id, env.actor);
        if (row && row.grantId !== '') roles.push(model.grant(row.grantId)?.role ?? null);
        const role = highestRole(roles);
        if (role === null) continue;
        out.push({
          id: label.id,
          name: label.name,
          owner: label.owner,
          role,
          status: row?.status ?? null,
          pendingInvitation,
        });
      }
      out.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
      return ok({ labels: out });
    });
  });
}
