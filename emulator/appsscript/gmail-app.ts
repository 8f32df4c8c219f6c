// GmailApp, as much as a Gmail add-on with the `gmail.addons.current.message.metadata` scope may use: the event's
// per-message access token unlocks the open message, whose headers (not its body) can be read. Messages live in
// world.appsScript.gmail; tests and the simulator put them there with `addGmailMessage`.
import type { World } from '../core/world';
import type { ScriptHost } from './host';
import type { GmailMessageRecord } from './state';

const METADATA_SCOPE = 'https://www.googleapis.com/auth/gmail.addons.current.message.metadata';
const BODY_SCOPES = [
  'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
  'https://www.googleapis.com/auth/gmail.addons.current.message.action',
  'https://mail.google.com/',
];

export interface NewGmailMessage {
  from: string;
  to?: string[];
  cc?: string[];
  subject?: string;
  /** Accounts whose mailbox holds the message (default: every address in From, To and Cc). */
  mailbox?: string[];
  id?: string;
  threadId?: string;
  accessToken?: string;
}

/** Puts a message into the emulated Gmail; returns what the add-on event's `gmail` object carries for it. */
export function addGmailMessage(world: World, m: NewGmailMessage): { messageId: string; threadId: string; accessToken: string } {
  const state = (world.appsScript.gmail ??= { messages: {}, next: 1 });
  const n = state.next++;
  const id = m.id ?? `msg-${n.toString(16).padStart(8, '0')}`;
  const bare = (a: string) => (/<([^<>]+)>\s*$/.exec(a)?.[1] ?? a).trim().toLowerCase();
  const rec: GmailMessageRecord = {
    id,
    threadId: m.threadId ?? `thr-${id}`,
    accessToken: m.accessToken ?? `gmail-token-${id}-${world.rng.next().toString(36).slice(2, 10)}`,
    from: m.from,
    to: (m.to ?? []).join(', '),
    cc: (m.cc ?? []).join(', '),
    subject: m.subject ?? '',
    mailbox: (m.mailbox ?? [m.from, ...(m.to ?? []), ...(m.cc ?? [])]).map(bare),
    at: world.clock.now(),
  };
  state.messages[id] = rec;
  return { messageId: rec.id, threadId: rec.threadId, accessToken: rec.accessToken };
}

export function createGmailApp(host: ScriptHost): Record<string, unknown> {
  /** The token set in each execution (Apps Script keeps it for the rest of that execution only). */
  const tokens = new Map<string, string>();
  const scopes = () => host.manifest.oauthScopes ?? [];
  const denied = (why: string) => host.realm.error(`Access denied: : ${why}`);

  const messageObject = (rec: GmailMessageRecord) => {
    const body = () => {
      // [?] With only the metadata scope Gmail refuses the body; the wording is modelled on "Access denied" reports.
      if (!BODY_SCOPES.some((s) => scopes().includes(s))) throw denied('Insufficient permission to read the message body.');
      return '';
    };
    return {
      getId: () => rec.id,
      getThread: () => ({ getId: () => rec.threadId }),
      getFrom: () => rec.from,
      getTo: () => rec.to,
      getCc: () => rec.cc,
      getBcc: () => '',
      getReplyTo: () => '',
      getSubject: () => rec.subject,
      getPlainBody: body,
      getBody: body,
    };
  };

  return {
    setCurrentMessageAccessToken: (accessToken: unknown) => {
      if (typeof accessToken !== 'string') {
        throw host.realm.error('The parameters (' + typeof accessToken + ") don't match the method signature for GmailApp.setCurrentMessageAccessToken.");
      }
      tokens.set(host.current().execution.id, accessToken);
    },
    getMessageById: (id: unknown) => {
      const ex = host.current();
      if (!scopes().includes(METADATA_SCOPE) && !BODY_SCOPES.some((s) => scopes().includes(s))) {
        throw host.realm.error('You do not have permission to call GmailApp.getMessageById. Required permissions: ' + METADATA_SCOPE);
      }
      const token = tokens.get(ex.execution.id);
      // [S] Add-ons read the open message only with its access token; Apps Script says "Access denied: : <reason>".
      if (token === undefined) throw denied('Missing access token for per message scope authorization.');
      const rec = host.world.appsScript.gmail?.messages[String(id)];
      if (!rec || rec.accessToken !== token || !rec.mailbox.includes(ex.user)) throw denied('Invalid access token.');
      return messageObject(rec);
    },
  };
}
