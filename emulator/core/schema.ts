// Checks request and response bodies against the discovery documents' schemas, so neither the emulator nor an adapter drifts from Google's shapes.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { DISCOVERY, METHOD_BY_ID } from './discovery';
import type { ApiRequest, ApiResponse, ServiceName } from './types';
import type { World } from './world';

type Service = Exclude<ServiceName, 'oauth'>;
type JsonSchema = Record<string, unknown>;

/** The subset of the discovery dialect the three documents use (https://developers.google.com/discovery/v1/type-format). */
interface DiscoverySchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  properties?: Record<string, DiscoverySchema>;
  additionalProperties?: DiscoverySchema;
  items?: DiscoverySchema;
}

const INT64 = /^-?\d+$/;
const UINT64 = /^\d+$/;
// Google's `byte` fields are base64, standard or URL-safe alphabet (https://developers.google.com/discovery/v1/type-format).
const BYTE = /^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$/;
// proto3 JSON Duration: seconds with up to nine fractional digits and an `s` suffix (https://protobuf.dev/programming-guides/proto3/#json).
const DURATION = /^-?\d+(?:\.\d{1,9})?s$/;

/** Discovery format name -> ajv format. int64/uint64 are JSON strings in Google's JSON mapping; int32/uint32 are numbers. */
const STRING_FORMATS: Record<string, (s: string) => boolean> = {
  int64: (s) => INT64.test(s),
  uint64: (s) => UINT64.test(s),
  byte: (s) => BYTE.test(s),
  'google-duration': (s) => DURATION.test(s),
  'google-fieldmask': () => true,
};
const NUMBER_FORMATS: Record<string, (n: number) => boolean> = {
  int32: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  uint32: (n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32,
  double: (n) => Number.isFinite(n),
  float: (n) => Number.isFinite(n),
};
/** Formats ajv-formats already implements; `google-datetime` is RFC 3339 like `date-time`. */
const AJV_FORMATS = ['date-time', 'date'] as const;
const KNOWN_FORMATS = new Set([
  ...Object.keys(STRING_FORMATS),
  ...Object.keys(NUMBER_FORMATS),
  ...AJV_FORMATS,
  'google-datetime',
]);

/** Converts one discovery schema to JSON Schema; objects reject fields the document does not declare. */
export function toJsonSchema(s: DiscoverySchema): JsonSchema {
  if (s.$ref) return { $ref: `#/definitions/${s.$ref}` };
  switch (s.type) {
    case 'object': {
      const out: JsonSchema = { type: 'object' };
      if (s.properties) {
        out.properties = Object.fromEntries(
          Object.entries(s.properties).map(([k, v]) => [k, toJsonSchema(v)]),
        );
      }
      out.additionalProperties = s.additionalProperties ? toJsonSchema(s.additionalProperties) : false;
      return out;
    }
    case 'array':
      return { type: 'array', items: s.items ? toJsonSchema(s.items) : {} };
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean': {
      const out: JsonSchema = { type: s.type };
      if (s.format && KNOWN_FORMATS.has(s.format)) out.format = s.format;
      if (s.enum) out.enum = s.enum;
      return out;
    }
    // 'any' and an absent type accept every JSON value.
    default:
      return {};
  }
}

/** Google's JSON error body (https://cloud.google.com/apis/design/errors#http_mapping): the v2 fields plus the legacy `errors[]`. */
const GOOGLE_ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'status'],
      additionalProperties: false,
      properties: {
        code: { type: 'integer', minimum: 400, maximum: 599 },
        message: { type: 'string', minLength: 1 },
        // google.rpc.Code names (https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto).
        status: {
          enum: [
            'CANCELLED',
            'UNKNOWN',
            'INVALID_ARGUMENT',
            'DEADLINE_EXCEEDED',
            'NOT_FOUND',
            'ALREADY_EXISTS',
            'PERMISSION_DENIED',
            'UNAUTHENTICATED',
            'RESOURCE_EXHAUSTED',
            'FAILED_PRECONDITION',
            'ABORTED',
            'OUT_OF_RANGE',
            'UNIMPLEMENTED',
            'INTERNAL',
            'UNAVAILABLE',
            'DATA_LOSS',
          ],
        },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['message', 'domain', 'reason'],
            additionalProperties: false,
            properties: {
              message: { type: 'string' },
              domain: { type: 'string' },
              reason: { type: 'string' },
              location: { type: 'string' },
              locationType: { type: 'string' },
              extendedHelp: { type: 'string' },
              sendReport: { type: 'string' },
            },
          },
        },
        details: {
          type: 'array',
          items: { type: 'object', required: ['@type'], properties: { '@type': { type: 'string' } } },
        },
      },
    },
  },
};

const ERROR_KEY = 'google-error';
const serviceUri = (service: Service) => `https://emulator.invalid/schemas/${service}`;

// Pure and costly to build: one compiler per process, schemas compiled on first use and cached by ajv and here.
let ajvInstance: Ajv | null = null;
const compiled = new Map<string, ValidateFunction>();

function ajv(): Ajv {
  if (ajvInstance) return ajvInstance;
  const a = new Ajv({ allErrors: false, strict: true });
  addFormats(a, [...AJV_FORMATS]);
  a.addFormat('google-datetime', addFormats.get('date-time'));
  for (const [name, validate] of Object.entries(STRING_FORMATS))
    a.addFormat(name, { type: 'string', validate });
  for (const [name, validate] of Object.entries(NUMBER_FORMATS))
    a.addFormat(name, { type: 'number', validate });
  for (const service of Object.keys(DISCOVERY) as Service[]) {
    const schemas = DISCOVERY[service].schemas as Record<string, DiscoverySchema>;
    const definitions = Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, toJsonSchema(s)]));
    a.addSchema({ $id: serviceUri(service), definitions });
  }
  a.addSchema(GOOGLE_ERROR_SCHEMA, ERROR_KEY);
  ajvInstance = a;
  return a;
}

/** The compiled validator of one discovery schema (e.g. `people`, `Person`), or of Google's error body. */
export function schemaValidator(service: Service | 'error', schemaId?: string): ValidateFunction {
  const key = service === 'error' ? ERROR_KEY : `${serviceUri(service)}#/definitions/${schemaId}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  if (service !== 'error' && !(schemaId && schemaId in DISCOVERY[service].schemas)) {
    throw new Error(`No schema ${schemaId} in the ${service} discovery document.`);
  }
  const fn = ajv().getSchema(key);
  if (!fn) throw new Error(`Cannot compile schema ${key}.`);
  compiled.set(key, fn);
  return fn;
}

function describe(e: ErrorObject): string {
  const path = e.instancePath || '/';
  const extra = 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : '';
  return `${path}: ${e.message ?? 'invalid'}${extra}`;
}

/** Validates `value`; returns null when it conforms, else `<json pointer>: <ajv message>`. */
export function checkAgainst(
  service: Service | 'error',
  schemaId: string | undefined,
  value: unknown,
): string | null {
  const fn = schemaValidator(service, schemaId);
  if (fn(value)) return null;
  return (fn.errors ?? []).slice(0, 3).map(describe).join('; ') || 'invalid';
}

/** `/names/0/givenName` -> `names[0].givenName`, the field path style of Google's error messages. */
const fieldPath = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');

/**
 * A request body as Google's JSON parser judges it, before the method runs: null when it conforms, else a 400 message
 * in Google's wording (`Invalid JSON payload received. Unknown name "x" at 'names[0]': Cannot find field.`).
 */
export function requestBodyProblem(methodId: string, body: unknown): string | null {
  const method = METHOD_BY_ID.get(methodId);
  if (!method?.request || body === undefined) return null;
  const fn = schemaValidator(method.service, method.request.$ref);
  if (fn(body)) return null;
  const e = (fn.errors ?? [])[0];
  if (!e) return 'Invalid JSON payload received.';
  const at = fieldPath(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    const where = at ? ` at '${at}'` : '';
    return `Invalid JSON payload received. Unknown name "${String(e.params.additionalProperty)}"${where}: Cannot find field.`;
  }
  return `Invalid value at '${at}' (${e.message ?? 'invalid'})`;
}

/** The check `installSchemaValidation` installs: throws an Error naming the method, direction, JSON path and ajv's message. */
export function validateExchange(req: ApiRequest, res: ApiResponse): void {
  const fail = (direction: string, detail: string) => {
    throw new Error(`Schema violation in ${req.methodId} ${direction} (via ${req.via}) at ${detail}`);
  };
  const method = METHOD_BY_ID.get(req.methodId);
  if (method?.request && req.body !== undefined) {
    const problem = checkAgainst(method.service, method.request.$ref, req.body);
    if (problem) fail(`request body (${method.request.$ref})`, problem);
  }
  if (res.status >= 400) {
    // The OAuth token endpoint answers in RFC 6749's error format, not Google's API error format.
    if (req.service === 'oauth') return;
    const problem = checkAgainst('error', undefined, res.body);
    if (problem) fail(`error body (HTTP ${res.status})`, problem);
    const code = (res.body as { error: { code: number } }).error.code;
    if (code !== res.status)
      fail(`error body (HTTP ${res.status})`, `/error/code: ${code} differs from the HTTP status`);
    return;
  }
  if (!method) return;
  if (method.response) {
    const problem = checkAgainst(method.service, method.response.$ref, res.body);
    if (problem) fail(`response body (${method.response.$ref})`, problem);
  } else if (res.body !== undefined && !isEmptyObject(res.body)) {
    fail('response body (none declared)', '/: must be empty');
  }
}

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

/** Makes every call through `world.call` check its bodies against the discovery schemas (tests and `--validate`). */
export function installSchemaValidation(world: World): void {
  world.validator = validateExchange;
}
