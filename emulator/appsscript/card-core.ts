// The machinery every CardService stand-in object shares: hidden metadata, Apps Script-style argument checks, JSON.
// Objects are plain closures (no classes, no Node APIs) because they are installed into a node:vm sandbox.

import type { CardSettings } from '../core/config';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What the emulator knows about a built object; kept under a symbol so scripts do not see it as a property. */
export interface CardMeta {
  /** Apps Script class name (`TextButton`, `Card`, ...) or `enum:<EnumName>` for enum values. */
  kind: string;
  /** The object's current JSON (google.apps.card.v1 field names); lenient: never throws for missing fields. */
  json(): Json;
  /** Throws the error Apps Script would raise at build() when a required field is missing; recurses into children. */
  check(): void;
}

export type CardObject = Record<string, unknown>;

export const META: unique symbol = Symbol.for('shared-labels.emulator.card-service');

/** Settings for behaviour the docs leave open ([?] in google-api-facts.md E); see emulator/README-cards.md. */
export type CardServiceOptions = CardSettings;

export interface CardContext {
  referenced(functionName: string): void;
  options: CardServiceOptions;
}

/** Apps Script reports script-visible failures as `Exception: <message>`; the name mirrors that. */
export function cardError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

export function invalidArgument(what: string): Error {
  return cardError(`Invalid argument: ${what}`);
}

export function metaOf(v: unknown): CardMeta | undefined {
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return undefined;
  const m = (v as { [META]?: unknown })[META];
  return m && typeof m === 'object' ? (m as CardMeta) : undefined;
}

export function kindOf(v: unknown): string | undefined {
  return metaOf(v)?.kind;
}

/** Builds one script-visible object: its methods, a `printJson()`, and a hidden `toJSON()` for the runtime. */
export function defineObject(
  kind: string,
  make: (self: CardObject) => { methods: Record<string, (...args: unknown[]) => unknown>; json: () => Json; check?: () => void },
): CardObject {
  const self: CardObject = {};
  const parts = make(self);
  for (const name of Object.keys(parts.methods)) self[name] = parts.methods[name];
  const meta: CardMeta = { kind, json: parts.json, check: parts.check ?? (() => undefined) };
  Object.defineProperty(self, META, { value: meta });
  Object.defineProperty(self, 'toJSON', { value: () => parts.json() });
  if (!('printJson' in self)) self.printJson = () => JSON.stringify(parts.json(), null, 2);
  return self;
}

// ---- argument checks: Apps Script rejects a call whose argument types do not fit the Java signature ----

export type ArgSpec =
  | 'String'
  | 'Boolean'
  | 'Integer'
  | 'Number'
  | 'Object'
  | 'Map'
  | 'Array'
  | { kinds: readonly string[] }
  | { enumName: string };

function typeName(v: unknown): string {
  const kind = kindOf(v);
  if (kind) return `CardService.${kind.startsWith('enum:') ? kind.slice(5) : kind}`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  switch (typeof v) {
    case 'string': return 'String';
    case 'boolean': return 'Boolean';
    case 'number': return 'number';
    case 'function': return 'Function';
    case 'undefined': return 'undefined';
    default: return 'Object';
  }
}

function fits(spec: ArgSpec, v: unknown): boolean {
  if (typeof spec === 'object') {
    if ('kinds' in spec) return spec.kinds.includes(kindOf(v) ?? '');
    return kindOf(v) === `enum:${spec.enumName}`;
  }
  switch (spec) {
    case 'String': return typeof v === 'string';
    case 'Boolean': return typeof v === 'boolean';
    case 'Integer': return typeof v === 'number' && Number.isInteger(v);
    case 'Number': return typeof v === 'number' && Number.isFinite(v);
    case 'Object': return v !== null && v !== undefined;
    case 'Map': return typeof v === 'object' && v !== null && !Array.isArray(v) && !kindOf(v);
    case 'Array': return Array.isArray(v);
  }
}

/**
 * Throws Apps Script's signature error, e.g.
 * `The parameters (number) don't match the method signature for CardService.TextParagraph.setText.`
 */
export function checkArgs(cls: string, method: string, specs: readonly ArgSpec[], args: readonly unknown[]): void {
  const ok = args.length === specs.length && specs.every((s, i) => fits(s, args[i]));
  if (!ok) {
    throw cardError(
      `The parameters (${args.map(typeName).join(',')}) don't match the method signature for CardService.${cls}.${method}.`,
    );
  }
}

/** A chainable setter: checks the arguments, applies them, returns the object itself (as Apps Script builders do). */
export function setter(
  self: CardObject,
  cls: string,
  method: string,
  specs: readonly ArgSpec[],
  apply: (args: unknown[]) => void,
): (...args: unknown[]) => CardObject {
  return (...args: unknown[]) => {
    checkArgs(cls, method, specs, args);
    apply(args);
    return self;
  };
}

// ---- enums ----

export type EnumTable = Record<string, CardObject>;

/** Apps Script enums are objects with `name()`, `ordinal()`, `toString()`; JSON shows the name. */
export function defineEnum(enumName: string, names: readonly string[]): EnumTable {
  const table: EnumTable = {};
  names.forEach((name, ordinal) => {
    table[name] = defineObject(`enum:${enumName}`, () => ({
      methods: { name: () => name, ordinal: () => ordinal, toString: () => name },
      json: () => name,
    }));
  });
  return Object.freeze(table);
}

/** The name of an enum value (already checked by `checkArgs`). */
export function enumName(v: unknown): string {
  return metaOf(v)?.json() as string;
}

// ---- JSON helpers ----

export function jsonOf(v: unknown): Json {
  const m = metaOf(v);
  return m ? m.json() : (v as Json);
}

export function checkOf(v: unknown): void {
  metaOf(v)?.check();
}

/** Drops undefined fields so the JSON carries only what was set, as proto3 JSON does. */
export function compact(fields: Record<string, Json | undefined>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const k of Object.keys(fields)) {
    const v = fields[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function deepCopy(v: Json): Json {
  return JSON.parse(JSON.stringify(v)) as Json;
}

/**
 * Turns any CardService object (or arrays/plain objects holding them) into its card JSON; plain values pass through.
 * The runtime calls it on whatever a card callback returned.
 */
export function toCardJson(obj: unknown): unknown {
  const m = metaOf(obj);
  if (m) return deepCopy(m.json());
  if (Array.isArray(obj)) return obj.map(toCardJson);
  if (obj !== null && typeof obj === 'object') {
    const proto = Object.getPrototypeOf(obj);
    // Only plain records are walked; a Date or other host object passes through untouched.
    if (proto === null || Object.getPrototypeOf(proto) === null) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(obj)) out[k] = toCardJson((obj as Record<string, unknown>)[k]);
      return out;
    }
  }
  return obj;
}
