// Command: comment on a contact of a label (viewer+: every collaborator may).
import { ok, Result } from '../../core/errors';
import { COMMENT_MAX, validateCommentText } from '../../core/comment';
import type { Comment } from '../../core/model';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { contactInLabel, requireLabel } from '../access';
import { audit, envOf } from '../env';
import { id, parseInput, text } from '../input';
import { transact } from '../store/transact';

export interface CommentOutput {
  comment: Comment;
}

// The raw bound is generous (line endings, surrounding blanks); core's rule then counts the trimmed text.
const SHAPE = { labelId: id(), contactId: id(), text: text({ max: COMMENT_MAX * 2 }) };

export function comment(ctx: AppContext, input: unknown): Result<CommentOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const body = validateCommentText(parsed.value.text);
    if (!body.ok) return body;
    const env = envOf(ctx);
    return transact(ctx, ['labels', 'grants', 'contacts'], (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'comment');
      if (!access.ok) return access;
      const contact = contactInLabel(model, parsed.value.contactId, access.value.label.id);
      if (!contact.ok) return contact;
      const c: Comment = {
        id: ctx.ids.newId('cmt_'),
        contactId: contact.value.id,
        labelId: access.value.label.id,
        at: env.now,
        by: env.actor,
        text: body.value,
      };
      model.addComment(c);
      audit(env, model, 'comment.add', c.labelId, c.contactId, { length: c.text.length });
      return ok({ comment: c });
    });
  });
}
