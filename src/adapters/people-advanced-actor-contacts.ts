// ActorContacts over the People advanced service: runs as the signed-in user, so it reads only their own contacts.
import { permissionDenied, unavailable, type AppError } from '../core/errors';
import { SYNCED_FIELDS } from '../core/person';
import type { ActorContacts, OwnContact } from '../core/ports/actor-contacts';
import { advancedFailure, isTransient, type GoogleFailure } from './google-errors';

type PeopleApi = GoogleAppsScript.People;

/** The synced fields, the copy tag (clientData) and the labels (memberships): what adopting a contact needs. */
export const ACTOR_CONTACT_FIELDS = [...SYNCED_FIELDS, 'clientData', 'memberships'].join(',');

/** searchContacts answers at most 30 results a call (People API reference). */
export const SEARCH_MAX = 30;

/** A contact's resource name; `people/me` and profile names (`people/<digits>`) are not contacts and are never read. */
const CONTACT_NAME = /^people\/c\d+$/;

function contactsError(f: GoogleFailure): AppError {
  if (isTransient(f.status)) {
    return unavailable(
      'error.contacts.unavailable',
      'Google Contacts did not answer ({detail}); try again in a few minutes.',
      {
        detail: f.status === 0 ? f.message : `HTTP ${f.status}`,
      },
    );
  }
  return permissionDenied(
    'error.contacts.denied',
    'Google Contacts refused to read your contacts ({detail}).',
    { detail: f.message },
  );
}

function toOwn(p: Record<string, unknown>): OwnContact {
  return { resourceName: String(p.resourceName ?? ''), etag: String(p.etag ?? ''), person: p };
}

/**
 * Search warm-up: Google asks clients to send an empty query before searching, so that the search cache reflects
 * recent changes ("IMPORTANT: Before searching, clients should send a warmup request with an empty query", People API
 * searchContacts reference). This adapter lives for one execution, so it warms up once, before its first search: the
 * first search of an execution costs 2 calls, later ones 1.
 */
export class PeopleAdvancedActorContacts implements ActorContacts {
  private warmedUp = false;

  constructor(private readonly people: PeopleApi) {}

  get(resourceName: string): OwnContact | null {
    if (!CONTACT_NAME.test(resourceName)) return null;
    try {
      return toOwn(
        this.people.People.get(resourceName, { personFields: ACTOR_CONTACT_FIELDS }) as Record<
          string,
          unknown
        >,
      );
    } catch (e) {
      const f = advancedFailure(e);
      if (f === null) throw e;
      // 404: not (or no longer) in this account; 400: a name Google does not accept. Either way: no such contact.
      if (f.status === 404 || f.status === 400) return null;
      throw contactsError(f);
    }
  }

  search(query: string, limit: number): OwnContact[] {
    const q = query.trim();
    const size = Math.min(Math.floor(limit), SEARCH_MAX);
    if (q === '' || !(size >= 1)) return [];
    try {
      if (!this.warmedUp) {
        this.people.People.searchContacts({ query: '', readMask: 'names' });
        this.warmedUp = true;
      }
      const res = this.people.People.searchContacts({
        query: q,
        readMask: ACTOR_CONTACT_FIELDS,
        pageSize: size,
      });
      return (res.results ?? [])
        .map((r) => r.person as Record<string, unknown> | undefined)
        .filter((p): p is Record<string, unknown> => p !== undefined && p !== null)
        .map(toOwn)
        .slice(0, size);
    } catch (e) {
      const f = advancedFailure(e);
      if (f === null) throw e;
      throw contactsError(f);
    }
  }
}
