// Mailer over MailApp: the invitation e-mail a new grant sends, from the executing user, within their daily quota.
import { invalidArgument, resourceExhausted, unavailable } from '../core/errors';
import type { Mailer, OutgoingMail } from '../core/ports/infrastructure';

type MailApp = GoogleAppsScript.Mail.MailApp;

export class MailAppMailer implements Mailer {
  constructor(
    private readonly mailApp: MailApp,
    private readonly senderName = 'Shared Labels',
  ) {}

  send(mail: OutgoingMail): void {
    const message: GoogleAppsScript.Mail.MailAdvancedParameters = {
      to: mail.to,
      subject: mail.subject,
      body: mail.body,
      name: this.senderName,
    };
    if (mail.htmlBody !== undefined) message.htmlBody = mail.htmlBody;
    if (mail.replyTo !== undefined) message.replyTo = mail.replyTo;
    try {
      this.mailApp.sendEmail(message);
    } catch (e) {
      throw mailError(String((e as Error)?.message ?? e), mail.to);
    }
  }
}

function mailError(message: string, to: string) {
  if (/too many times/i.test(message)) {
    return resourceExhausted(
      'error.mail.quota',
      "Today's e-mail quota of your account is used up; the invitation to {to} was not sent. Try again tomorrow.",
      { to },
    );
  }
  if (/invalid email|no recipient/i.test(message)) {
    return invalidArgument(
      'error.mail.badAddress',
      'The address {to} cannot receive e-mail; check the spelling.',
      { to },
    );
  }
  return unavailable(
    'error.mail.failed',
    'The e-mail to {to} could not be sent right now; try again in a moment.',
    { to },
  );
}
