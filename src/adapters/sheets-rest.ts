// The Sheets REST API v4 through UrlFetchApp with a bearer token from the caller: one method per HTTP call, and Google's
// errors turned into AppErrors a person can act on. Retrying is the caller's business (429/5xx → UNAVAILABLE).
import {
  failedPrecondition,
  invalidArgument,
  permissionDenied,
  resourceExhausted,
  unavailable,
  type AppError,
} from '../core/errors';
import { notConfigured } from './store-rows';

type UrlFetch = GoogleAppsScript.URL_Fetch.UrlFetchApp;

export const SHEETS_API = 'https://sheets.googleapis.com/v4/spreadsheets';
/** The scope the token must carry (in production a DWD token for the configured admin). */
export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

interface GoogleError {
  error?: { code?: number; message?: string; status?: string };
}

/** The AppError for a failed Sheets call: what the admin or the user can do about it. */
export function sheetsError(status: number, googleMessage: string): AppError {
  const detail = googleMessage.slice(0, 300);
  if (status === 404) return notConfigured();
  if (status === 403) {
    return permissionDenied(
      'error.store.permissionDenied',
      'The configured admin may not open the backing spreadsheet; an admin must create or link one they own in Settings.',
    );
  }
  if (status === 401) {
    return failedPrecondition(
      'error.store.unauthenticated',
      "Google Sheets did not accept the admin's credentials; an admin must check the service account key in Settings.",
    );
  }
  if (status === 429 || status >= 500) {
    return unavailable(
      'error.store.busy',
      'Google Sheets is busy right now (HTTP {status}); try again in a moment.',
      {
        status,
      },
    );
  }
  if (status === 400 && /above the limit of/i.test(detail)) {
    return resourceExhausted(
      'error.store.full',
      'The backing spreadsheet is full (Google Sheets allows 10,000,000 cells); an admin must archive old data.',
    );
  }
  if (status === 400 && /Unable to parse range/i.test(detail)) {
    return failedPrecondition(
      'error.store.notAStore',
      'The backing spreadsheet lacks a sheet the add-on needs ({detail}); an admin must create or link it again in Settings.',
      { detail },
    );
  }
  return invalidArgument('error.store.rejected', 'Google Sheets refused the request: {detail}', { detail });
}

export class SheetsRest {
  constructor(
    private readonly urlFetch: UrlFetch,
    private readonly token: () => string,
  ) {}

  get<T>(url: string): T {
    return this.call<T>('get', url, undefined);
  }

  post<T>(url: string, body: unknown): T {
    return this.call<T>('post', url, body);
  }

  private call<T>(method: 'get' | 'post', url: string, body: unknown): T {
    const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
      method,
      headers: { Authorization: `Bearer ${this.token()}` },
      muteHttpExceptions: true,
    };
    if (body !== undefined) {
      params.contentType = 'application/json';
      params.payload = JSON.stringify(body);
    }
    let status: number;
    let text: string;
    try {
      const res = this.urlFetch.fetch(url, params);
      status = res.getResponseCode();
      text = res.getContentText();
    } catch (e) {
      // UrlFetchApp itself failed (no answer, daily quota): nothing reached the spreadsheet.
      throw unavailable(
        'error.store.unreachable',
        'Could not reach Google Sheets ({detail}); try again in a moment.',
        {
          detail: String((e as Error)?.message ?? e).slice(0, 200),
        },
      );
    }
    let parsed: unknown;
    try {
      parsed = text === '' ? {} : JSON.parse(text);
    } catch {
      parsed = {};
    }
    if (status >= 200 && status < 300) return parsed as T;
    throw sheetsError(status, (parsed as GoogleError).error?.message ?? `HTTP ${status}`);
  }
}
