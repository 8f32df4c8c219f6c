// Command: stop filling a label from its feed (owner only). The label becomes an ordinary one: its contacts stay and can
// be edited by role again (keepContacts, the default), or leave the label with the feed.
import { fail, failedPrecondition, ok, permissionDenied, Result } from '../../core/errors';
import type { Label } from '../../core/model';
import type { TableName } from '../../core/ports/store';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { recomputeCollaborators } from '../collaborators';
import { dropFromLabel } from '../commands/remove-contact';
import { audit, envOf } from '../env';
import { bool, id, optional, parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import { feedKeyOf } from './feed-apply';
import { transactFeeds } from './feed-transact';

const SHAPE = { labelId: id(), keepContacts: optional(bool(), true) };

export interface RemoveFeedOutput {
  label: Label;
  /** Contacts that stayed in the label as ordinary contacts. */
  kept: number;
  /** Contacts that left the label with the feed. */
  removed: number;
}

export function removeFeed(ctx: AppContext, input: unknown): Result<RemoveFeedOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    // History is append-only: a contact that leaves with the feed adds its entry without the table being read.
    const tables: TableName[] = ['labels', 'grants', 'contacts', 'collaborators', 'feeds', 'feedChunks'];
    return transactFeeds(ctx, tables, (model, feeds) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'view');
      if (!access.ok) return access;
      const { label, role } = access.value;
      if (role !== 'owner') return fail(permissionDenied('error.feed.ownerOnly', 'Only the owner of this label can change where its contacts come from.'));
      if (label.feed === null) return fail(failedPrecondition('error.feed.none', 'The label "{name}" is not filled by a feed.', { name: label.name }));
      const prefix = feedKeyOf(label.id, '');
      let kept = 0;
      let removed = 0;
      for (const c of model.contactsOf(label.id)) {
        if (!c.feedKey?.startsWith(prefix)) continue;
        if (parsed.value.keepContacts) {
          // No feed key: an ordinary contact, editable by role, no longer put back by the sync.
          model.putContact({ ...c, feedKey: null, updatedAt: env.now, updatedBy: env.actor });
          kept++;
        } else {
          dropFromLabel(model, env, c, label.id);
          removed++;
        }
      }
      const next: Label = { ...label, feed: null, updatedAt: env.now };
      model.putLabel(next);
      feeds.clear(label.id);
      if (label.feed.kind === 'directory' && model.grantsOf(label.id).length > 0) {
        recomputeCollaborators(model, env, { edition: readEdition(ctx.config), seats: readSeats(ctx.config), expand: new Set() });
      }
      audit(env, model, 'feed.set', label.id, 'none', { kind: 'none', was: label.feed.kind, keepContacts: parsed.value.keepContacts });
      return ok({ label: next, kept, removed });
    });
  });
}
