// Reading request parameters the way Google's frontends coerce them (strings from REST, values from advanced services).
import { badRequest } from './errors';
import type { ApiRequest } from './types';

export function str(req: ApiRequest, name: string): string | undefined {
  const v = req.params[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (Array.isArray(v)) return v.length ? String(v[0]) : undefined;
  return String(v);
}

export function requiredStr(req: ApiRequest, name: string, message?: string): string {
  const v = str(req, name);
  if (v === undefined) throw badRequest(message ?? `Required parameter missing: ${name}`);
  return v;
}

export function int(req: ApiRequest, name: string): number | undefined {
  const v = str(req, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw badRequest(`Invalid value at '${name}' (TYPE_INT32), "${v}"`);
  return n;
}

export function bool(req: ApiRequest, name: string): boolean {
  const v = req.params[name];
  return v === true || v === 'true';
}

/** A list parameter: repeated query values, an array, or a comma-separated string (field masks). */
export function list(req: ApiRequest, name: string): string[] {
  const v = req.params[name];
  if (v === undefined || v === null || v === '') return [];
  const parts = Array.isArray(v) ? v.map(String) : [String(v)];
  return parts
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
}
