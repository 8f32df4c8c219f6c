// Query: a label's audit trail, newest first (manager+).
import { fail, ok, permissionDenied, Result } from '../../core/errors';
import type { AuditRecord } from '../../core/model';
import { roleAtLeast } from '../../core/role';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { envOf } from '../env';
import { id, int, optional, parseInput } from '../input';
import { read } from '../store/transact';

export interface LabelAuditOutput {
  records: AuditRecord[];
}

const SHAPE = { labelId: id(), limit: optional(int({ min: 1, max: 500 }), 100) };

export function labelAudit(ctx: AppContext, input: unknown): Result<LabelAuditOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    return read(ctx, ['labels', 'grants', 'audit'], (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'view');
      if (!access.ok) return access;
      if (!roleAtLeast(access.value.role, 'manager')) {
        return fail(
          permissionDenied(
            'error.role.cannotAudit',
            'Only the owner or a manager of this label can see its history.',
            { role: access.value.role },
          ),
        );
      }
      const records = model
        .auditOf(access.value.label.id)
        .map(({ key: _key, ...record }) => record)
        // Rows are stored in the order they were written: reversed, a stable sort keeps same-time rows newest first.
        .reverse()
        .sort((a, b) => (String(a.at) < String(b.at) ? 1 : String(a.at) > String(b.at) ? -1 : 0))
        .slice(0, parsed.value.limit);
      return ok({ records });
    });
  });
}
