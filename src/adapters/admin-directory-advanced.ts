// Directory over the AdminDirectory advanced service: runs as the executing user, so only for the admin's own trigger.
import { advancedFailure } from './google-errors';
import {
  directoryError,
  TransportDirectory,
  type DirectoryOptions,
  type DirectoryPage,
  type DirectoryTransport,
  type Json,
} from './directory-transport';

type AdminDirectoryApi = GoogleAppsScript.AdminDirectory;

/** Optional arguments with the page token only when there is one (an explicit undefined is not "absent" everywhere). */
function withToken(args: Record<string, unknown>, pageToken: string | undefined): Record<string, unknown> {
  return pageToken ? { ...args, pageToken } : args;
}

class AdvancedTransport implements DirectoryTransport {
  constructor(
    private readonly api: AdminDirectoryApi,
    private readonly admin: string,
    private readonly customer: string,
  ) {}

  getUser(email: string): Json | null {
    return this.call(() => this.api.Users.get(email, { projection: 'basic', viewType: 'admin_view' }), true);
  }

  getGroup(email: string): Json | null {
    return this.call(() => this.api.Groups.get(email), true);
  }

  listMembers(group: string, pageToken: string | undefined): DirectoryPage | null {
    const page = this.call(
      () =>
        this.api.Members.list(
          group,
          withToken({ includeDerivedMembership: true, maxResults: 200 }, pageToken),
        ),
      true,
    );
    return page
      ? { items: (page.members ?? []) as Json[], nextPageToken: (page.nextPageToken as string) || undefined }
      : null;
  }

  listUsers(pageToken: string | undefined): DirectoryPage {
    const page = this.call(
      () =>
        this.api.Users.list(
          withToken(
            {
              customer: this.customer,
              maxResults: 500,
              orderBy: 'email',
              projection: 'basic',
              viewType: 'admin_view',
            },
            pageToken,
          ),
        ),
      false,
    ) as Json;
    return {
      items: (page.users ?? []) as Json[],
      nextPageToken: (page.nextPageToken as string) || undefined,
    };
  }

  /** One call; a 404 is null when `notFoundIsNull`, every other failure an AppError, anything unrecognised rethrown. */
  private call(fn: () => unknown, notFoundIsNull: boolean): Json | null {
    try {
      return fn() as Json;
    } catch (e) {
      const f = advancedFailure(e);
      if (f === null) throw e;
      if (f.status === 404 && notFoundIsNull) return null;
      throw directoryError(f, this.admin);
    }
  }
}

export interface AdminDirectoryAdvancedOptions extends DirectoryOptions {
  /** The customer `users.list` covers; default `my_customer` (the executing admin's own). */
  customer?: string;
}

export class AdminDirectoryAdvanced extends TransportDirectory {
  constructor(api: AdminDirectoryApi, options: AdminDirectoryAdvancedOptions) {
    super(new AdvancedTransport(api, options.adminEmail, options.customer ?? 'my_customer'), options);
  }
}
