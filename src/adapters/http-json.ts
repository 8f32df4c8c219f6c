// One JSON request through UrlFetchApp: never throws for an HTTP status, and says "no answer" as status 0.

type UrlFetch = GoogleAppsScript.URL_Fetch.UrlFetchApp;

export interface JsonRequest {
  method?: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Bearer token, sent as `Authorization: Bearer …`. */
  bearer?: string;
  /** A JSON body (sent as application/json) or form fields (sent URL-encoded). */
  json?: unknown;
  form?: Record<string, string>;
}

export interface JsonResponse {
  /** HTTP status; 0 when Apps Script could not get an answer (the message is in `detail`). */
  status: number;
  /** The parsed body, or null when it was empty or not JSON. */
  body: unknown;
  detail: string;
}

/** `?a=1&b=x` from the defined parameters, URL-encoded; '' when none. */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const pairs = Object.keys(params)
    .filter((k) => params[k] !== undefined)
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(String(params[k]))}`);
  return pairs.length ? '?' + pairs.join('&') : '';
}

function formEncode(form: Record<string, string>): string {
  return Object.keys(form)
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(form[k])}`)
    .join('&');
}

/**
 * Sends one request with `muteHttpExceptions`, so 4xx/5xx come back as values. An Apps Script `Exception` from the
 * fetch itself (DNS, timeout, the daily UrlFetch quota) becomes status 0; its message never holds the payload.
 * Anything else thrown (the platform ending the execution) propagates.
 */
export function fetchJson(urlFetch: UrlFetch, url: string, req: JsonRequest = {}): JsonResponse {
  const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method: req.method ?? 'get',
    muteHttpExceptions: true,
    headers: req.bearer ? { Authorization: `Bearer ${req.bearer}` } : {},
  };
  if (req.json !== undefined) {
    params.contentType = 'application/json';
    params.payload = JSON.stringify(req.json);
  } else if (req.form) {
    params.contentType = 'application/x-www-form-urlencoded';
    params.payload = formEncode(req.form);
  }
  let status: number;
  let text: string;
  try {
    const res = urlFetch.fetch(url, params);
    status = res.getResponseCode();
    text = res.getContentText();
  } catch (e) {
    const err = e as { name?: unknown; message?: unknown } | null;
    if (err === null || typeof err !== 'object' || err.name !== 'Exception') throw e;
    return { status: 0, body: null, detail: String(err.message) };
  }
  let body: unknown = null;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  return { status, body, detail: `HTTP ${status}` };
}
