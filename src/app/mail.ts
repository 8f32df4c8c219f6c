// The e-mails commands send: an invitation for a new grant, and a notice to a label's new owner. No secrets, no contact data.
import type { GranteeKind } from '../core/edition';
import type { Mailer, OutgoingMail } from '../core/ports/infrastructure';
import type { GrantRole } from '../core/role';

const ROLE_TEXT: Readonly<Record<GrantRole, string>> = {
  viewer: 'see its contacts and comment on them',
  editor: 'see, add and change its contacts',
  deleter: 'see, add, change and remove its contacts',
  manager: 'see, add, change and remove its contacts, and share it with others',
};

/** Names and addresses are quoted as typed; a label name cannot carry markup into the plain-text body. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').trim();
}

export interface InvitationFacts {
  to: string;
  kind: Exclude<GranteeKind, 'domain'>;
  sharer: string;
  labelName: string;
  role: GrantRole;
  addonUrl: string;
}

/**
 * Who shared what, with which role, and how to open it. Deliberately absent: the label's contacts, any id a card
 * could be forged with, and anything from the admin settings (DWD key, spreadsheet id).
 */
export function invitationMail(f: InvitationFacts): OutgoingMail {
  const label = oneLine(f.labelName);
  const lines = [
    `${f.sharer} shared the contact label "${label}" with ${f.kind === 'group' ? 'your group' : 'you'} as ${f.role}: you can ${ROLE_TEXT[f.role]}.`,
    '',
    f.kind === 'external'
      ? 'To receive its contacts in your own Google Contacts, open Gmail, open the Shared Labels add-on in the side panel, and accept the invitation:'
      : 'Its contacts will appear in your Google Contacts (and on your phone) within the hour. To see the label and who it is shared with, open the Shared Labels add-on in the Gmail side panel:',
    f.addonUrl,
    '',
    `If you did not expect this, you can ignore this message or ask ${f.sharer}.`,
  ];
  return {
    to: f.to,
    subject: `${f.sharer} shared the label "${label}" with you`,
    body: lines.join('\n'),
    replyTo: f.sharer,
  };
}

export function transferMail(f: {
  to: string;
  from: string;
  labelName: string;
  addonUrl: string;
}): OutgoingMail {
  const label = oneLine(f.labelName);
  return {
    to: f.to,
    subject: `You now own the label "${label}"`,
    body: [
      `${f.from} transferred the contact label "${label}" to you. You are now its owner; ${f.from} keeps manager access.`,
      '',
      'Open the Shared Labels add-on in the Gmail side panel to manage it:',
      f.addonUrl,
    ].join('\n'),
    replyTo: f.from,
  };
}

/**
 * For mail that follows a saved change: the change stands whatever the mail service says (quota, outage), so a failure
 * is reported in the command's answer — the sidebar then offers "resend invitation" — rather than thrown.
 */
export function sendAfterSave(mailer: Mailer, mail: OutgoingMail): 'sent' | 'failed' {
  try {
    mailer.send(mail);
    return 'sent';
  } catch {
    return 'failed';
  }
}
