// Errors as values: one code list for every layer (STYLE.md), a catalog key the sidebar translates, and an English sentence.

export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'PERMISSION_DENIED'
  | 'ALREADY_EXISTS'
  | 'FAILED_PRECONDITION'
  | 'UPGRADE_REQUIRED'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAVAILABLE';

export const ERROR_CODES: readonly ErrorCode[] = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'PERMISSION_DENIED',
  'ALREADY_EXISTS',
  'FAILED_PRECONDITION',
  'UPGRADE_REQUIRED',
  'RESOURCE_EXHAUSTED',
  'UNAVAILABLE',
];

export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * `key` names the message in the i18n catalogs (e.g. `error.role.cannotShare`) and `params` fill its
 * `{placeholders}`; `message` is the same sentence in English, for logs and for locales the catalog lacks.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, key: string, message: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.params = params;
  }
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than silently vanishing. */
export function formatMessage(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** `template` is English with `{placeholders}`, the same shape as the catalog entry for `key`. */
export function appError(code: ErrorCode, key: string, template: string, params: ErrorParams = {}): AppError {
  return new AppError(code, key, formatMessage(template, params), params);
}

type Builder = (key: string, template: string, params?: ErrorParams) => AppError;

function builder(code: ErrorCode): Builder {
  return (key, template, params = {}) => appError(code, key, template, params);
}

export const invalidArgument: Builder = builder('INVALID_ARGUMENT');
export const notFound: Builder = builder('NOT_FOUND');
export const permissionDenied: Builder = builder('PERMISSION_DENIED');
export const alreadyExists: Builder = builder('ALREADY_EXISTS');
export const failedPrecondition: Builder = builder('FAILED_PRECONDITION');
export const upgradeRequired: Builder = builder('UPGRADE_REQUIRED');
export const resourceExhausted: Builder = builder('RESOURCE_EXHAUSTED');
export const unavailable: Builder = builder('UNAVAILABLE');

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}
