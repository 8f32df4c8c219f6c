// StoreAdmin over SheetsStore: creates the backing spreadsheet as the configured admin, or checks an existing one.
import type { StoreAdmin } from '../core/ports/admin';
import { SheetsStore } from './sheets-store';

type UrlFetch = GoogleAppsScript.URL_Fetch.UrlFetchApp;

export class SheetsStoreAdmin implements StoreAdmin {
  constructor(
    private readonly urlFetch: UrlFetch,
    private readonly token: () => string,
  ) {}

  create(): string {
    return new SheetsStore(this.urlFetch, this.token, null).initialize();
  }

  link(spreadsheetId: string): void {
    new SheetsStore(this.urlFetch, this.token, spreadsheetId).migrate();
  }
}
