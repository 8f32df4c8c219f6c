// Command: create a label owned by the actor (a named, empty list of contacts, shared with nobody yet).
import { alreadyExists, fail, ok, permissionDenied, Result } from '../../core/errors';
import { validateLabelName } from '../../core/label';
import type { Label } from '../../core/model';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { detailFor, KnownFacts, statusFor } from '../collaborator-status';
import { audit, envOf } from '../env';
import { parseInput, text } from '../input';
import { transact } from '../store/transact';
import { nameTaken } from './shared';

export interface CreateLabelOutput {
  label: Label;
}

const SHAPE = { name: text({ max: 1000 }) };

export function createLabel(ctx: AppContext, input: unknown): Result<CreateLabelOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const name = validateLabelName(parsed.value.name);
    if (!name.ok) return name;
    const env = envOf(ctx);
    // The store is the domain's: someone from outside may receive labels but not own one here.
    if (!env.dir.isInternal(env.actor)) {
      return fail(
        permissionDenied('error.label.externalOwner', 'Only users of this domain can create labels here.'),
      );
    }
    return transact(ctx, ['labels'], (model) => {
      if (nameTaken(model, env.actor, name.value)) {
        return fail(
          alreadyExists(
            'error.label.nameTaken',
            'You already have a label named "{name}"; choose another name.',
            { name: name.value },
          ),
        );
      }
      const label: Label = {
        id: ctx.ids.newId('lbl_'),
        name: name.value,
        owner: env.actor,
        createdAt: env.now,
        updatedAt: env.now,
        deleted: false,
        feed: null,
      };
      model.putLabel(label);
      // The owner receives their own label like any collaborator (the sync writes its group and copies); no seat until shared.
      const facts: KnownFacts = {
        accountState: 'active',
        isExternal: false,
        accepted: true,
        seated: true,
        editionRefusal: null,
      };
      const status = statusFor(facts, undefined);
      model.putCollaborator(
        {
          labelId: label.id,
          email: env.actor,
          grantId: '',
          status,
          detail: detailFor(status, facts, undefined),
          seated: true,
          lastSyncAt: null,
        },
        true,
      );
      audit(env, model, 'label.create', label.id, label.name);
      return ok({ label });
    });
  });
}
