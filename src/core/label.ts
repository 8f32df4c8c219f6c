// The rules for a label's name (the label record itself is `Label` in model.ts).
import { fail, invalidArgument, ok, Result } from './errors';
import { hasControlChars, preview } from './text';

/** Sharing the directory label is an edition rule of its own (DESIGN.md section 7). */
export function isDirectoryLabel(label: { readonly feed: { readonly kind: string } | null }): boolean {
  return label.feed?.kind === 'directory';
}

/**
 * Google publishes no length limit for contact group names (google-api-facts.md has none), so 100 is our
 * choice: a label is a short name the sidebar shows on one line.
 */
export const LABEL_NAME_MAX = 100;

/**
 * System contact groups (their ids and their English display names): a label called "Starred" or
 * "myContacts" would be confused with them, and Google reserves the system names
 * (https://developers.google.com/people/api/rest/v1/contactGroups.members/modify lists the system groups).
 */
export const RESERVED_LABEL_NAMES: readonly string[] = [
  'myContacts',
  'My Contacts',
  'starred',
  'friends',
  'family',
  'coworkers',
  'chatBuddies',
  'Chat contacts',
  'all',
  'All contacts',
  'blocked',
  'Other contacts',
];

/** The form two names are compared in for uniqueness: people do not expect "Clients" and "clients" to coexist. */
export function labelNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const RESERVED_KEYS = new Set(RESERVED_LABEL_NAMES.map(labelNameKey));

/** The trimmed name, or INVALID_ARGUMENT saying what to change. */
export function validateLabelName(input: string): Result<string> {
  const name = input.trim();
  if (name === '') return fail(invalidArgument('error.label.nameEmpty', 'Give the label a name.'));
  if (name.length > LABEL_NAME_MAX) {
    return fail(
      invalidArgument('error.label.nameTooLong', 'A label name can have at most {limit} characters; this one has {length}.', {
        limit: LABEL_NAME_MAX,
        length: name.length,
      }),
    );
  }
  if (hasControlChars(name)) {
    return fail(invalidArgument('error.label.nameControlChars', 'The label name contains invisible control characters; retype it.'));
  }
  if (RESERVED_KEYS.has(labelNameKey(name))) {
    return fail(
      invalidArgument('error.label.nameReserved', '"{name}" is the name of a built-in Google Contacts group; choose another name.', {
        name: preview(name),
      }),
    );
  }
  return ok(name);
}
