// Every function Apps Script may call, by name. Card actions are typed by this list, so a card naming a function
// that is not an entry point does not compile; the build generates one top-level function per name.

export const ENTRY_POINT_NAMES = [
  // Triggers of the manifest: the homepage, the open message, the universal actions.
  'onHomepage',
  'onGmailMessage',
  'onSettings',
  'onHelp',
  // Home.
  'onOpenHome',
  'onCreateLabel',
  'onAcceptInvitation',
  'onSearchContacts',
  'onBack',
  // A label.
  'onOpenLabel',
  'onSyncNow',
  'onManageLabel',
  'onOpenFeed',
  'onSetFeed',
  'onRemoveFeed',
  'onRenameLabel',
  'onTransferLabel',
  'onDeleteLabel',
  // Contacts.
  'onOpenContact',
  'onNewContactForm',
  'onAddContact',
  'onFindExisting',
  'onAddExisting',
  'onEditContactForm',
  'onUpdateContact',
  'onRemoveContact',
  'onAddComment',
  // Sharing, statuses and their fixes.
  'onOpenSharing',
  'onShare',
  'onOpenGrant',
  'onChangeRole',
  'onUnshare',
  'onResendInvitation',
  'onCopyInviteLink',
  'onGroupMembers',
  'onOpenMember',
  // The open message.
  'onGmailAddForm',
  'onGmailPickLabel',
  // Admin settings.
  'onOpenSettings',
  'onClaimAdmin',
  'onSaveKey',
  'onTestDelegation',
  'onCreateStore',
  'onLinkStore',
  'onInstallTrigger',
  'onReleaseSeats',
  // Without a card: every command by name, and the hourly sync.
  'onCommand',
  'onSyncTrigger',
] as const;

export type EntryPointName = (typeof ENTRY_POINT_NAMES)[number];
