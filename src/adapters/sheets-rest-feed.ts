// SheetValues over the Sheets REST API v4 (UrlFetchApp): one values.get of a range, as the user a token is minted for
// (a DWD token with the spreadsheets scope), so a Sheet feed reads only what its label's owner may open. With no range,
// one spreadsheets.get first finds the first sheet's title.
import type { SheetValues } from '../core/feed/feed-port';
import {
  failedPrecondition,
  invalidArgument,
  notFound,
  permissionDenied,
  unavailable,
  type AppError,
} from '../core/errors';
import { preview } from '../core/text';
import { bodyMessage, isTransient } from './google-errors';
import { fetchJson, queryString } from './http-json';
import { SHEETS_API } from './sheets-rest';

type UrlFetch = GoogleAppsScript.URL_Fetch.UrlFetchApp;

function feedSheetError(status: number, detail: string, user: string, spreadsheetId: string, range: string): AppError {
  const id = preview(spreadsheetId, 60);
  if (status === 404) {
    return notFound('error.feed.sheetNotFound', 'The Google Sheet {id} was not found; check its address in the feed settings.', { id });
  }
  if (status === 403) {
    return permissionDenied('error.feed.sheetDenied', '{user} may not open the Google Sheet {id}; share it with them (view access is enough).', { user, id });
  }
  if (status === 401) {
    return failedPrecondition('error.feed.sheetUnauthenticated', 'Google Sheets did not accept the credentials for {user}; an admin must check the service account key in Settings.', { user });
  }
  if (isTransient(status)) {
    return unavailable('error.feed.sheetBusy', 'Google Sheets did not answer ({detail}); the next sync tries again.', { detail: preview(detail, 120) });
  }
  return invalidArgument('error.feed.sheetRange', 'Google Sheets refused the range "{range}" of {id}: {detail}', { range: preview(range, 80), id, detail: preview(detail, 200) });
}

function firstTitle(body: unknown): string {
  const sheets = (body as { sheets?: Array<{ properties?: { title?: unknown } }> } | null)?.sheets;
  const title = sheets?.[0]?.properties?.title;
  return typeof title === 'string' ? title : 'Sheet1';
}

/** A sheet title as a range: quoted, with quotes doubled, so any title (spaces, `!`, digits) names the whole sheet. */
function quoteTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

export class SheetsRestFeed implements SheetValues {
  constructor(
    private readonly urlFetch: UrlFetch,
    /** A bearer token acting as `user` with the spreadsheets scope (DwdTokenService in production). */
    private readonly tokenFor: (user: string) => string,
  ) {}

  read(user: string, spreadsheetId: string, range: string): string[][] {
    const bearer = this.tokenFor(user);
    const get = (url: string): unknown => {
      const res = fetchJson(this.urlFetch, url, { bearer });
      if (res.status < 200 || res.status >= 300) {
        throw feedSheetError(res.status, bodyMessage(res.body) || res.detail, user, spreadsheetId, range);
      }
      return res.body;
    };
    const base = `${SHEETS_API}/${encodeURIComponent(spreadsheetId)}`;
    // No range: the whole first sheet. A1 ranges must stay inside the grid, and only its title names a whole sheet.
    const target = range.trim() === '' ? quoteTitle(firstTitle(get(`${base}${queryString({ fields: 'sheets.properties.title' })}`))) : range;
    const body = get(`${base}/values/${encodeURIComponent(target)}${queryString({ majorDimension: 'ROWS', valueRenderOption: 'FORMATTED_VALUE' })}`);
    const values = (body as { values?: unknown } | null)?.values;
    if (!Array.isArray(values)) return [];
    return values.map((row) => (Array.isArray(row) ? row.map((c) => (c === null || c === undefined ? '' : String(c))) : []));
  }
}
