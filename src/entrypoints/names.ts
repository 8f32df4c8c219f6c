// Every function Apps Script may call, by name. Card actions are typed by this list, so a card naming a function
// that is not an entry point does not compile; the build generates one top-level function per name.

export const ENTRY_POINT_NAMES = ['onHomepage', 'onGmailMessage', 'onSettings', 'onHelp', 'onOpenLabel', 'onCommand', 'onSyncTrigger'] as const;

export type EntryPointName = (typeof ENTRY_POINT_NAMES)[number];
