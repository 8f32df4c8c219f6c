// Test helpers: Sheets calls through the dispatcher, and a fresh world with one owned spreadsheet.
import { createWorld } from '../../../emulator';
import type { ApiResponse } from '../../../emulator/core/types';
import type { World } from '../../../emulator/core/world';
import { installSchemaValidation } from '../../../emulator/core/schema';
import { addUser } from '../../../emulator/directory/admin';

export const OWNER = 'owner@example.com';

export function sheetsCall(
  world: World,
  methodId: string,
  params: Record<string, unknown>,
  body?: unknown,
  caller = OWNER,
  scopes: string[] | null = null,
): ApiResponse {
  return world.call({
    service: 'sheets',
    methodId: `sheets.spreadsheets.${methodId}`,
    params,
    body,
    caller: { email: caller, scopes },
    via: scopes ? 'rest' : 'advanced',
  });
}

/** A world (schema-validated, no quota so loops are free) and a spreadsheet created through the API by OWNER. */
export function withSpreadsheet(
  title = 'Labels',
  sheets: string[] = ['Sheet1'],
): { world: World; id: string } {
  const world = createWorld({ seed: 1 });
  installSchemaValidation(world);
  world.config.quotas.sheets = { readsPerMinutePerUser: Infinity, writesPerMinutePerUser: Infinity };
  addUser(world, { email: OWNER });
  const res = sheetsCall(
    world,
    'create',
    {},
    { properties: { title }, sheets: sheets.map((t) => ({ properties: { title: t } })) },
  );
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return { world, id: (res.body as { spreadsheetId: string }).spreadsheetId };
}

export const body = (res: ApiResponse) => res.body as Record<string, unknown>;
export const message = (res: ApiResponse) => (res.body as { error: { message: string } }).error.message;
