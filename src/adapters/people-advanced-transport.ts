// People calls through the People advanced service: acts as the executing user (the script's own account, or an
// external collaborator running their own trigger). Apps Script names `delete` methods `remove`.
import { PeopleCallError, toCallError, type PeopleMethod, type PeopleTransport } from './people-transport';

type Json = Record<string, unknown>;

export class PeopleAdvancedTransport implements PeopleTransport {
  constructor(private readonly people: GoogleAppsScript.People) {}

  call(method: PeopleMethod, params: Json, body?: unknown): Json {
    const p = this.people as unknown as {
      People: { Connections: { list(rn: string, o: Json): Json } } & Record<string, (...a: unknown[]) => Json>;
      ContactGroups: Record<string, (...a: unknown[]) => Json> & { Members: { modify(b: unknown, rn: string): Json } };
    };
    const { resourceName, ...query } = params;
    try {
      switch (method) {
        case 'people.people.connections.list':
          return p.People.Connections.list(String(resourceName ?? 'people/me'), query);
        case 'people.people.getBatchGet':
          return p.People.getBatchGet(query);
        case 'people.people.batchCreateContacts':
          return p.People.batchCreateContacts(body);
        case 'people.people.batchUpdateContacts':
          return p.People.batchUpdateContacts(body);
        case 'people.people.batchDeleteContacts':
          return p.People.batchDeleteContacts(body) ?? {};
        case 'people.contactGroups.list':
          return p.ContactGroups.list(query);
        case 'people.contactGroups.create':
          return p.ContactGroups.create(body);
        case 'people.contactGroups.update':
          return p.ContactGroups.update(body, String(resourceName));
        case 'people.contactGroups.delete':
          return p.ContactGroups.remove(String(resourceName), query) ?? {};
        case 'people.contactGroups.members.modify':
          return p.ContactGroups.Members.modify(body, String(resourceName));
      }
    } catch (e) {
      const details = (e as { details?: { code?: number } }).details;
      if (details && typeof details.code === 'number') throw toCallError(details.code, details, String((e as Error).message));
      throw new PeopleCallError(500, String((e as Error).message ?? e), 'UNKNOWN', []);
    }
  }
}
