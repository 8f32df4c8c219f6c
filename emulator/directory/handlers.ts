// Admin SDK Directory API method handlers, keyed by discovery method id. (Filled by the Directory emulator work.)
import type { HandlerTable } from '../core/world';

export const DIRECTORY_HANDLERS: HandlerTable = {};
