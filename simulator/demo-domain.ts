// The demo Workspace `npm start` opens without a scenario: example.com with an admin, three colleagues, a suspended
// user, a group, an outside partner and their own contacts (Google's side only; product-seed.ts sets the add-on up).
import type { World } from '../emulator';
import { buildAdvancedService } from '../emulator/appsscript/advanced-service';
import { addExternal, addGroup, addUser } from '../emulator/directory/admin';
import { ALICE_CONTACTS, BOB_CONTACTS, type DemoAddressBook } from './demo-contacts';

export const DEMO_DOMAIN = 'example.com';

/** Gmail settings per user: locale and time zone, as events will carry them. */
const SETTINGS: Record<string, { locale: string; timeZone: string }> = {
  'admin@example.com': { locale: 'en', timeZone: 'Europe/London' },
  'alice@example.com': { locale: 'en', timeZone: 'Europe/Rome' },
  'bob@example.com': { locale: 'en', timeZone: 'Europe/Amsterdam' },
  'carol@example.com': { locale: 'en', timeZone: 'Europe/Berlin' },
  'dave@example.com': { locale: 'en', timeZone: 'America/New_York' },
  'eve@partner.org': { locale: 'en', timeZone: 'America/Los_Angeles' },
};

/** The People advanced service acting as `email`, as Apps Script would build it (every call goes through world.call). */
export function peopleAs(world: World, email: string): GoogleAppsScript.People {
  return buildAdvancedService(world, 'people', () => email) as unknown as GoogleAppsScript.People;
}

/** Fills `email`'s Google Contacts with `book`: its labels first, then each contact with its memberships. */
export function seedAddressBook(world: World, email: string, book: DemoAddressBook): void {
  const people = peopleAs(world, email);
  const groups = book.labels.map((l) => people.ContactGroups!.create({ contactGroup: { name: l.name } }).resourceName as string);
  book.contacts.forEach((person, i) => {
    const memberships = book.labels
      .map((l, g) => (l.members.includes(i) ? { contactGroupMembership: { contactGroupResourceName: groups[g] } } : null))
      .filter((m) => m !== null);
    // @types/google-apps-script predates contactGroupResourceName (facts F), hence the cast.
    const withGroups = { ...person, memberships: memberships.length ? memberships : undefined } as GoogleAppsScript.People.Schema.Person;
    people.People!.createContact(withGroups, { personFields: 'names' });
  });
}

export const DEMO_ADMIN = 'admin@example.com';

export function seedDemoDomain(world: World): void {
  addUser(world, { email: 'admin@example.com', givenName: 'Sam', familyName: 'Okafor', isAdmin: true, title: 'IT administrator', department: 'IT' });
  addUser(world, { email: 'alice@example.com', givenName: 'Alice', familyName: 'Rossi', title: 'Account manager', department: 'Sales', location: 'Milano', phones: [{ value: '+39 02 1234 5678' }] });
  addUser(world, { email: 'bob@example.com', givenName: 'Bob', familyName: 'de Vries', title: 'Sales representative', department: 'Sales', location: 'Amsterdam', phones: [{ value: '+31 20 123 4567' }] });
  addUser(world, { email: 'carol@example.com', givenName: 'Carol', familyName: 'Schmidt', title: 'Sales assistant', department: 'Sales', location: 'Berlin' });
  addUser(world, { email: 'dave@example.com', givenName: 'Dave', familyName: 'Miller', title: 'Former intern', suspended: true });
  addGroup(world, { email: 'sales@example.com', name: 'Sales', members: ['bob@example.com', 'carol@example.com'] });
  addExternal(world, { email: 'eve@partner.org' });
  for (const [email, s] of Object.entries(SETTINGS)) world.appsScript.userSettings[email] = { ...s };
  seedAddressBook(world, 'alice@example.com', ALICE_CONTACTS);
  seedAddressBook(world, 'bob@example.com', BOB_CONTACTS);
  // Seeding is Google's own doing, not the add-on's: the call counts start from zero.
  world.calls = [];
}

/** Messages in the demo users' inboxes, to open with the add-on's contextual card. */
export const DEMO_MESSAGES = [
  { from: 'giulia.bianchi@studiobianchi.it', to: ['alice@example.com'], cc: ['bob@example.com'], subject: 'Preventivo per il nuovo ufficio' },
  { from: 'jan@jansenlogistiek.nl', to: ['alice@example.com', 'carol@example.com'], cc: [], subject: 'Levering volgende week' },
  { from: 'eve@partner.org', to: ['bob@example.com'], cc: ['alice@example.com'], subject: 'Partner price list 2026' },
  { from: 'k.becker@maschinenbau-becker.de', to: ['bob@example.com'], cc: [], subject: 'Angebot Nr. 4711' },
];
