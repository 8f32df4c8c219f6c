// Small string rules shared by every validator in core, so "blank", "control character" and "too long" mean one thing.

/** C0 and C1 control characters; Google and Sheets treat them badly and no person types them on purpose. */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
/** Same, but newline and tab are allowed: multi-line text (comments, notes) legitimately carries them. */
const CONTROL_CHARS_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function hasControlChars(s: string, allowLineBreaks = false): boolean {
  return (allowLineBreaks ? CONTROL_CHARS_EXCEPT_LINES : CONTROL_CHARS).test(s);
}

/** A value quoted back in an error message: long input would swamp the sidebar card. */
export function preview(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
