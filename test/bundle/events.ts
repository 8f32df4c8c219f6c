// Realistic add-on event objects, in Google's shape, for calling entry points as Gmail would: the common object with
// the user's locale and time zone, the action's string parameters, the card's form inputs, and the open message.
import type { World } from '../../emulator';
import { addGmailMessage } from '../../emulator/appsscript/gmail-app';
import type { AddonEvent } from '../../src/entrypoints/event';
import type { EntryPointName } from '../../src/entrypoints/names';

const LABEL = 'lbl_0000example';
const CONTACT = 'ct_0000example';
const GRANT = 'grt_0000example';

/** What each card action carries when a user clicks it: its parameters and the form inputs of its card. */
const TYPICAL: Partial<Record<EntryPointName, { params?: Record<string, string>; form?: Record<string, string> }>> = {
  onOpenHome: { params: { owned: '0', shared: '0', nav: 'update' } },
  onCreateLabel: { form: { labelName: 'Clients' } },
  onAcceptInvitation: { params: { labelId: LABEL } },
  onSearchContacts: { form: { q: 'ann' } },
  onOpenLabel: { params: { labelId: LABEL } },
  onSyncNow: { params: { labelId: LABEL, view: 'label' } },
  onManageLabel: { params: { labelId: LABEL } },
  onRenameLabel: { params: { labelId: LABEL }, form: { labelName: 'Customers' } },
  onTransferLabel: { params: { labelId: LABEL }, form: { newOwner: 'admin@example.com' } },
  onDeleteLabel: { params: { labelId: LABEL } },
  onOpenContact: { params: { contactId: CONTACT, labelId: LABEL, from: 'label' } },
  onNewContactForm: { params: { labelId: LABEL } },
  onAddContact: { params: { labelId: LABEL, back: 'label' }, form: { givenName: 'Ann', familyName: 'Lee', emails: 'ann@lee.test' } },
  onFindExisting: { params: { labelId: LABEL } },
  onAddExisting: { params: { labelId: LABEL, resourceName: 'people/c1' } },
  onEditContactForm: { params: { contactId: CONTACT, labelId: LABEL, from: 'label' } },
  onUpdateContact: { params: { contactId: CONTACT, revision: '1', labelId: LABEL, back: 'label' }, form: { givenName: 'Ann', familyName: 'Lee' } },
  onRemoveContact: { params: { contactId: CONTACT, labelId: LABEL, from: 'label' } },
  onAddComment: { params: { contactId: CONTACT, labelId: LABEL, from: 'label' }, form: { commentText: 'Called today' } },
  onOpenSharing: { params: { labelId: LABEL } },
  onShare: { params: { labelId: LABEL }, form: { grantee: 'bob@example.com', role: 'viewer', syncToMobile: 'true' } },
  onOpenGrant: { params: { labelId: LABEL, grantId: GRANT } },
  onChangeRole: { params: { labelId: LABEL, grantId: GRANT }, form: { role: 'editor' } },
  onUnshare: { params: { labelId: LABEL, grantId: GRANT } },
  onResendInvitation: { params: { labelId: LABEL, grantId: GRANT } },
  onCopyInviteLink: { params: { labelId: LABEL, grantId: GRANT } },
  onGroupMembers: { params: { labelId: LABEL, grantId: GRANT } },
  onOpenMember: { params: { labelId: LABEL, grantId: GRANT, email: 'bob@example.com' } },
  onGmailAddForm: { params: { email: 'ann@lee.test', name: 'Ann Lee' }, form: { gmailLabel: LABEL } },
  onGmailPickLabel: { params: { email: 'ann@lee.test', name: 'Ann Lee' } },
  onSaveKey: { form: { keyJson: '{"type": "service_account"}' } },
  onTestDelegation: { form: { testUser: 'alice@example.com' } },
  onLinkStore: { form: { spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' } },
  onCommand: { params: { command: 'myLabels', input: '{}' } },
};

/** The message open in the user's Gmail (created on first use), whose id and token the gmail object carries. */
function openMessage(world: World, user: string) {
  const existing = Object.values(world.appsScript.gmail?.messages ?? {}).find((m) => m.id === 'msg-1');
  if (existing) return { messageId: existing.id, threadId: existing.threadId, accessToken: existing.accessToken };
  return addGmailMessage(world, {
    id: 'msg-1',
    threadId: 'thr-1',
    accessToken: 'gmail-access-token',
    from: '"Ann Lee" <ann@lee.test>',
    to: [user],
    cc: ['bob@example.com'],
    subject: 'Offer',
    mailbox: [user],
  });
}

/** The event Gmail sends for `name`: triggers carry the common object (and the open message); actions add parameters and form inputs. */
export function realisticEvent(name: string, world: World, user: string, params: Record<string, string> = {}): AddonEvent {
  const typical = TYPICAL[name as EntryPointName] ?? {};
  const parameters = { ...(typical.params ?? {}), ...params };
  const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
  for (const [k, v] of Object.entries(typical.form ?? {})) formInputs[k] = { stringInputs: { value: [v] } };
  const base: AddonEvent = {
    commonEventObject: {
      userLocale: world.appsScript.userSettings[user]?.locale ?? 'en',
      timeZone: { id: 'Europe/Rome', offset: 3600000 },
      platform: 'WEB',
      hostApp: 'GMAIL',
      parameters,
      formInputs,
    },
    parameters,
  };
  if (name === 'onGmailMessage' || name === 'onGmailAddForm' || name === 'onGmailPickLabel') {
    base.gmail = { ...openMessage(world, user) };
  }
  return base;
}
