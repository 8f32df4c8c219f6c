// The rule for a comment's text; any collaborator, viewers included, may comment (the record is `Comment` in model.ts).
import { fail, invalidArgument, ok, Result } from './errors';
import { hasControlChars } from './text';

/** Our choice: a note, not a document; it also keeps a comment readable on the sidebar card. */
export const COMMENT_MAX = 2000;

/** The trimmed text (line breaks kept), or INVALID_ARGUMENT. */
export function validateCommentText(input: string): Result<string> {
  const text = input.replace(/\r\n?/g, '\n').trim();
  if (text === '') return fail(invalidArgument('error.comment.empty', 'Write something before posting the comment.'));
  if (text.length > COMMENT_MAX) {
    return fail(
      invalidArgument('error.comment.tooLong', 'A comment can have at most {limit} characters; this one has {length}.', {
        limit: COMMENT_MAX,
        length: text.length,
      }),
    );
  }
  if (hasControlChars(text, true)) {
    return fail(invalidArgument('error.comment.controlChars', 'The comment contains invisible control characters; retype it.'));
  }
  return ok(text);
}
