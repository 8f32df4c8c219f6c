// One user's Gmail add-on panel: the card stack, whether a message is open, and what the last callback showed.
import type { CardJson, Effects } from './responses';

export interface SidebarState {
  stack: CardJson[];
  /** The open message (contextual card), if any; card actions then carry its gmail object too. */
  messageId?: string;
}

export interface SidebarView {
  user: string;
  stack: CardJson[];
  messageId?: string;
  notification?: string;
  link?: Effects['link'];
  /** What Gmail would show in its error bar when the function failed. */
  error?: string;
  warnings: string[];
  /** The run log entry of the execution behind this view. */
  runId?: number;
}

/** The fake messages of the simulated Gmail: enough for the contextual trigger's gmail object. */
export interface FakeMessage {
  id: string;
  threadId: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  /** Virtual time it arrived (ISO). */
  at: string;
  /** The per-message token the emulated Gmail (GmailApp) accepts for it; the event's gmail.accessToken. */
  accessToken?: string;
}

const norm = (s: string) => s.trim().toLowerCase();

/** Whether `user` has the message in a mailbox (sender, recipient or copied). */
export function involves(m: FakeMessage, user: string): boolean {
  const u = norm(user);
  return [m.from, ...m.to, ...m.cc].some((a) => norm(a) === u);
}

/** Splits "a@x, b@y; c@z" into addresses. */
export function addresses(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(addresses);
  if (typeof v !== 'string') return [];
  return v.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
}
