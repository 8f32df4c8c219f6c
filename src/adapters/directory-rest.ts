// Directory over the Admin SDK REST API with a DWD token of the configured admin: for card callbacks run by non-admins.
import { normalizeEmail } from '../core/email';
import { SCOPES, type TokenProvider } from '../core/ports/tokens';
import { bodyMessage } from './google-errors';
import { fetchJson, queryString } from './http-json';
import {
  directoryError,
  TransportDirectory,
  type DirectoryOptions,
  type DirectoryPage,
  type DirectoryTransport,
  type Json,
} from './directory-transport';

type UrlFetch = GoogleAppsScript.URL_Fetch.UrlFetchApp;

const BASE = 'https://admin.googleapis.com/admin/directory/v1/';
/** One token serves every Directory call (both read-only scopes), so a run mints at most one per hour. */
const DIRECTORY_SCOPES = [SCOPES.directoryUsers, SCOPES.directoryGroups];

class RestTransport implements DirectoryTransport {
  constructor(
    private readonly urlFetch: UrlFetch,
    private readonly tokens: TokenProvider,
    private readonly admin: string,
    private readonly customer: string,
  ) {}

  getUser(email: string): Json | null {
    return this.get(
      `users/${encodeURIComponent(email)}` + queryString({ projection: 'basic', viewType: 'admin_view' }),
    );
  }

  getGroup(email: string): Json | null {
    return this.get(`groups/${encodeURIComponent(email)}`);
  }

  listMembers(group: string, pageToken: string | undefined): DirectoryPage | null {
    const page = this.get(
      `groups/${encodeURIComponent(group)}/members` +
        queryString({ includeDerivedMembership: true, maxResults: 200, pageToken }),
    );
    return page
      ? { items: (page.members ?? []) as Json[], nextPageToken: (page.nextPageToken as string) || undefined }
      : null;
  }

  listUsers(pageToken: string | undefined): DirectoryPage {
    const q = {
      customer: this.customer,
      maxResults: 500,
      orderBy: 'email',
      projection: 'basic',
      viewType: 'admin_view',
      pageToken,
    };
    const page = this.get('users' + queryString(q));
    if (page === null)
      throw directoryError({ status: 404, message: `no customer ${this.customer}` }, this.admin);
    return {
      items: (page.users ?? []) as Json[],
      nextPageToken: (page.nextPageToken as string) || undefined,
    };
  }

  /**
   * One GET as the admin; 404 → null. A 401 means the cached token died early (the admin was suspended and restored,
   * the token was revoked): drop it and try once more with a fresh one. DWD failures (no key, not authorised) propagate
   * as the token provider's AppErrors.
   */
  private get(path: string): Json | null {
    let res = fetchJson(this.urlFetch, BASE + path, {
      bearer: this.tokens.token(this.admin, DIRECTORY_SCOPES),
    });
    if (res.status === 401) {
      this.tokens.invalidate(this.admin, DIRECTORY_SCOPES);
      res = fetchJson(this.urlFetch, BASE + path, {
        bearer: this.tokens.token(this.admin, DIRECTORY_SCOPES),
      });
    }
    if (res.status === 200) return (res.body ?? {}) as Json;
    if (res.status === 404) return null;
    throw directoryError({ status: res.status, message: bodyMessage(res.body) || res.detail }, this.admin);
  }
}

export interface DirectoryRestOptions extends DirectoryOptions {
  /** The customer `users.list` covers; default `my_customer` (the configured admin's own). */
  customer?: string;
}

export class DirectoryRest extends TransportDirectory {
  constructor(urlFetch: UrlFetch, tokens: TokenProvider, options: DirectoryRestOptions) {
    super(
      new RestTransport(
        urlFetch,
        tokens,
        normalizeEmail(options.adminEmail),
        options.customer ?? 'my_customer',
      ),
      options,
    );
  }
}
