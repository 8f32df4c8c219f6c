// MailApp: mail goes to world.appsScript.outbox, sent as the executing user, within the daily recipients quota
// (1,500 a day for Workspace accounts, 100 for consumer ones, [C] https://developers.google.com/apps-script/guides/services/quotas).
import type { ScriptHost } from './host';
import { quotaFor, useDailyQuota } from './host';
import type { MailRecord } from './state';

const QUOTA_KEY = 'mailRecipients|';
const EMAIL = /^[^@\s,]+@[^@\s,]+\.[^@\s,]+$/;

interface Message {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  name?: string;
  replyTo?: string;
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** The addresses of a comma-separated recipients field. */
const addresses = (field: string | undefined) =>
  (field ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

export function createMailApp(host: ScriptHost): Record<string, unknown> {
  const { world } = host;
  const limit = (user: string) => quotaFor(world, user, world.config.mailRecipientsPerDay);
  const key = (user: string) => QUOTA_KEY + user;

  const send = (m: Message) => {
    const user = host.current().user;
    const all = [...addresses(m.to), ...addresses(m.cc), ...addresses(m.bcc)];
    if (all.length === 0) throw host.realm.error('Failed to send email: no recipient');
    for (const a of all) if (!EMAIL.test(a.replace(/^.*<(.+)>$/, '$1'))) throw host.realm.error(`Invalid email: ${a}`);
    if (!useDailyQuota(world, key(user), all.length, limit(user))) {
      throw host.realm.error('Service invoked too many times for one day: email.');
    }
    const rec: MailRecord = { from: user, to: m.to, subject: m.subject, body: m.body, at: world.clock.now() };
    for (const f of ['htmlBody', 'cc', 'bcc', 'name', 'replyTo'] as const) if (m[f] !== undefined) rec[f] = m[f];
    world.appsScript.outbox.push(rec);
  };

  return {
    sendEmail: (...args: unknown[]) => {
      const [first] = args;
      if (first !== null && typeof first === 'object') {
        const o = first as Record<string, unknown>;
        send({
          to: str(o.to) ?? '',
          subject: str(o.subject) ?? '',
          body: str(o.body) ?? '',
          htmlBody: str(o.htmlBody),
          cc: str(o.cc),
          bcc: str(o.bcc),
          name: str(o.name),
          replyTo: str(o.replyTo),
        });
        return;
      }
      const [to, subject, body, options] = args;
      const o = options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : {};
      send({
        to: str(to) ?? '',
        subject: str(subject) ?? '',
        body: str(body) ?? '',
        htmlBody: str(o.htmlBody),
        cc: str(o.cc),
        bcc: str(o.bcc),
        name: str(o.name),
        replyTo: str(o.replyTo),
      });
    },
    getRemainingDailyQuota: () => {
      const user = host.current().user;
      const w = world.appsScript.dailyQuota?.[key(user)];
      const used = w && world.clock.now() - w.since < 24 * 3600 * 1000 ? w.used : 0;
      return Math.max(0, limit(user) - used);
    },
  };
}
