// People API v1 method handlers, keyed by discovery method id. (Filled by the People emulator work.)
import type { HandlerTable } from '../core/world';

export const PEOPLE_HANDLERS: HandlerTable = {};
