// The typed registry of every function Apps Script calls. A missing or extra name fails compilation (see names.ts).
import { onCommand, onSyncTrigger } from './api';
import { CARD_ENTRY_POINTS } from './cards';
import type { AddonEvent } from './event';
import type { EntryPointName } from './names';

type EntryPoint = (e?: AddonEvent) => unknown;

export const ENTRY_POINTS: Record<EntryPointName, EntryPoint> = {
  ...CARD_ENTRY_POINTS,
  onCommand,
  onSyncTrigger,
};
