// Port: the message open in Gmail, read for its header addresses only (the contextual card).

/** One address of a header, as "Name <email>" reads: the name may be empty. `email` is lower-cased. */
export interface MessageParty {
  name: string;
  email: string;
}

export interface MessageHeaders {
  from: MessageParty | null;
  to: MessageParty[];
  cc: MessageParty[];
  subject: string;
}

/**
 * The open message, through the per-message access token of the add-on event (`gmail.accessToken`) and the
 * `gmail.addons.current.message.metadata` scope: headers only, never the body.
 * - `headers` reads From, To, Cc and Subject of `messageId`; addresses it cannot parse are left out.
 * - A message that cannot be read (a stale token, another mailbox's message, Gmail down) throws an AppError
 *   (`error.gmail.unreadable`, UNAVAILABLE); nothing else is thrown for a refusal.
 * - Cost: one Gmail read per call.
 */
export interface GmailMessages {
  headers(messageId: string, accessToken: string): MessageHeaders;
}
