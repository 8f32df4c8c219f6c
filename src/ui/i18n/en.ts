// English: the reference catalog. Every other catalog must have exactly these keys (the compiler and a test check).

export const EN = {
  'app.name': 'Shared Labels',
  'home.subtitle': 'Signed in as {user}',
  'home.myLabels': 'My labels',
  'home.noLabels': 'You have no labels yet. Labels you create in Google Contacts appear here.',
  'home.contactCount': '{count} contacts',
  'home.open': 'Open',
  'label.contacts': 'Contacts',
  'label.empty': 'This label has no contacts yet.',
  'label.notFound': 'This label no longer exists in your Google Contacts.',
  'label.back': 'Back',
  'help.title': 'Help',
  'help.what': 'Share a Google Contacts label the way you share a Google Doc: every collaborator finds its contacts in their own Google Contacts, on every phone.',
  'help.roles': 'Roles: viewers see and comment; editors also change and add contacts; deleters also remove them; managers also share; the owner also renames, deletes and transfers.',
  'help.sync': 'Copies are kept up to date every hour. A change you are not allowed to make in Google Contacts is put back at the next sync.',
  'settings.title': 'Settings',
  'settings.account': 'Signed in as',
  'settings.domain': 'Domain',
  'gmail.title': 'People in this message',
  'error.generic': 'Something went wrong: {message}',
} as const;

export type MessageKey = keyof typeof EN;
export type Catalog = Record<MessageKey, string>;
