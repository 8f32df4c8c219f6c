// Small string rules shared by every validator in core, so "blank", "control character" and "too long" mean one thing.

function isControl(code: number, allowLineBreaks: boolean): boolean {
  if (allowLineBreaks && (code === 0x09 || code === 0x0a || code === 0x0d)) return false;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * C0 and C1 control characters: Google and Sheets treat them badly and nobody types them on purpose.
 * `allowLineBreaks` admits tab, CR and LF, which multi-line text (comments, notes) legitimately carries.
 */
export function hasControlChars(s: string, allowLineBreaks = false): boolean {
  for (let i = 0; i < s.length; i++) {
    if (isControl(s.charCodeAt(i), allowLineBreaks)) return true;
  }
  return false;
}

/** A value quoted back in an error message: long input would swamp the sidebar card. */
export function preview(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
