// GmailMessages over GmailApp: the event's per-message access token unlocks the open message, whose From/To/Cc headers
// are parsed here ("Name" <a@x>, b@y — commas inside quotes are part of the name).
import { unavailable } from '../core/errors';
import type { GmailMessages, MessageHeaders, MessageParty } from '../core/ports/gmail';

/** The part of GmailApp this adapter uses, so tests can hand in the emulator's. */
export interface GmailAppLike {
  setCurrentMessageAccessToken(accessToken: string): void;
  getMessageById(id: string): { getFrom(): string; getTo(): string; getCc(): string; getSubject(): string } | null;
}

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/** Splits a header at commas outside quotes and angle brackets. */
function splitHeader(header: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  let angle = false;
  for (const ch of header) {
    if (ch === '"' && !angle) quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    if ((ch === ',' || ch === ';') && !quoted && !angle) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** `"Lee, Ann" <Ann@X.com>` -> {name: 'Lee, Ann', email: 'ann@x.com'}; null when there is no usable address. */
export function parseParty(text: string): MessageParty | null {
  const m = /^(.*)<([^<>]+)>\s*$/.exec(text);
  const email = (m ? m[2] : text).trim().replace(/^mailto:/i, '');
  if (!ADDRESS.test(email)) return null;
  const name = m ? m[1].trim().replace(/^"(.*)"$/, '$1').replace(/\\"/g, '"').trim() : '';
  return { name: name.toLowerCase() === email.toLowerCase() ? '' : name, email: email.toLowerCase() };
}

export function parseAddressList(header: string | null | undefined): MessageParty[] {
  return splitHeader(header ?? '')
    .map(parseParty)
    .filter((p): p is MessageParty => p !== null);
}

export class GmailAppMessages implements GmailMessages {
  constructor(private readonly gmail: GmailAppLike) {}

  headers(messageId: string, accessToken: string): MessageHeaders {
    let m: ReturnType<GmailAppLike['getMessageById']>;
    try {
      this.gmail.setCurrentMessageAccessToken(accessToken);
      m = this.gmail.getMessageById(messageId);
    } catch (e) {
      throw unreadable(e);
    }
    if (!m) throw unreadable(null);
    try {
      return { from: parseAddressList(m.getFrom())[0] ?? null, to: parseAddressList(m.getTo()), cc: parseAddressList(m.getCc()), subject: m.getSubject() ?? '' };
    } catch (e) {
      throw unreadable(e);
    }
  }
}

function unreadable(e: unknown) {
  const detail = e instanceof Error ? e.message : 'no such message';
  return unavailable('error.gmail.unreadable', 'The open message could not be read ({detail}); open it again.', { detail });
}

/** The script's own GmailApp; the card entry points call this (the composition root is the place it belongs). */
export function scriptGmailMessages(): GmailMessages {
  return new GmailAppMessages(GmailApp as unknown as GmailAppLike);
}
