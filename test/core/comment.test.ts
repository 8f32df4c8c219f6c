import { COMMENT_MAX, validateCommentText } from '../../src/core/comment';

describe('validateCommentText', () => {
  it('trims and keeps line breaks', () => {
    expect(validateCommentText('  Called him.\r\nHe will send the offer.  ')).toEqual({
      ok: true,
      value: 'Called him.\nHe will send the offer.',
    });
  });

  it.each([
    ['', 'error.comment.empty'],
    [' \n ', 'error.comment.empty'],
    ['x'.repeat(COMMENT_MAX + 1), 'error.comment.tooLong'],
    ['bell\u0007', 'error.comment.controlChars'],
  ])('refuses %j with %s', (input, key) => {
    const result = validateCommentText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'INVALID_ARGUMENT', key });
  });

  it('accepts exactly 2,000 characters', () => {
    expect(validateCommentText('x'.repeat(COMMENT_MAX)).ok).toBe(true);
  });
});
