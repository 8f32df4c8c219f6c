// The backing store as the emulated spreadsheet holds it, decoded with the product's own codecs — read straight from
// emulator state, so observing it makes no API call and changes nothing (no clock, no quota, no fault draw).
import type { World } from '../../emulator';
import { parseMeta } from '../../src/adapters/sheets-layout';
import { readTable } from '../../src/adapters/store-rows';
import {
  AUDIT,
  COLLABORATORS,
  CONTACTS,
  GRANTS,
  HISTORY,
  LABELS,
  type Codec,
  type StoredAudit,
  type StoredHistory,
} from '../../src/app/store/codecs';
import type { Collaborator, Grant, Label, MasterContact } from '../../src/core/model';
import type { TableName } from '../../src/core/ports/store';

export interface StoreView {
  labels: Label[];
  grants: Grant[];
  /** Every master, deleted ones included. */
  contacts: MasterContact[];
  history: StoredHistory[];
  collaborators: Collaborator[];
  audit: StoredAudit[];
}

export const EMPTY_STORE: StoreView = {
  labels: [],
  grants: [],
  contacts: [],
  history: [],
  collaborators: [],
  audit: [],
};

type Values = string[][];

function sheetValues(world: World, title: string): Values {
  const book = Object.values(world.sheets.spreadsheets)[0];
  const sheet = book?.sheets.find((s) => s.title === title);
  if (!sheet) return [];
  return sheet.rows.map((r) => (r ?? []).map((c) => (c === null || c === undefined ? '' : String(c.value))));
}

function decode<T>(
  world: World,
  codec: Codec<T>,
  extents: Record<TableName, { rowCount: number; width: number }>,
): T[] {
  const physical = sheetValues(world, codec.table).slice(1);
  const { rows } = readTable(physical, extents[codec.table]);
  return rows.map((r) => codec.decode(r)).filter((x): x is T => x !== null);
}

/** The store now, or the empty store when no backing spreadsheet exists yet. */
export function readStore(world: World): StoreView {
  const meta = parseMeta(sheetValues(world, 'meta'));
  if (!meta) return EMPTY_STORE;
  return {
    labels: decode(world, LABELS, meta.extents),
    grants: decode(world, GRANTS, meta.extents),
    contacts: decode(world, CONTACTS, meta.extents),
    history: decode(world, HISTORY, meta.extents),
    collaborators: decode(world, COLLABORATORS, meta.extents),
    audit: decode(world, AUDIT, meta.extents),
  };
}
