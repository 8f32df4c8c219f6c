// Command: rename a label (owner only); names stay unique among the owner's labels.
import { alreadyExists, fail, ok, Result } from '../../core/errors';
import { validateLabelName } from '../../core/label';
import type { Label } from '../../core/model';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { audit, envOf } from '../env';
import { id, parseInput, text } from '../input';
import { transact } from '../store/transact';
import { nameTaken } from './shared';

export interface RenameLabelOutput {
  label: Label;
}

const SHAPE = { labelId: id(), name: text({ max: 1000 }) };

export function renameLabel(ctx: AppContext, input: unknown): Result<RenameLabelOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const name = validateLabelName(parsed.value.name);
    if (!name.ok) return name;
    const env = envOf(ctx);
    return transact(ctx, ['labels', 'grants'], (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'rename');
      if (!access.ok) return access;
      const { label } = access.value;
      if (label.name === name.value) return ok({ label });
      if (nameTaken(model, label.owner, name.value, label.id)) {
        return fail(
          alreadyExists(
            'error.label.nameTaken',
            'You already have a label named "{name}"; choose another name.',
            { name: name.value },
          ),
        );
      }
      const renamed: Label = { ...label, name: name.value, updatedAt: env.now };
      model.putLabel(renamed);
      audit(env, model, 'label.rename', label.id, renamed.name, { from: label.name });
      return ok({ label: renamed });
    });
  });
}
