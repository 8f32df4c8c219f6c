// English: the reference catalog. Every other catalog must have exactly these keys (the compiler and a test check).
import { EN_ERRORS } from './errors';
import { EN_STATUS } from './status';
import { EN_UI } from './ui';

export const EN = { ...EN_UI, ...EN_STATUS, ...EN_ERRORS } as const;

export type MessageKey = keyof typeof EN;
export type Catalog = Record<MessageKey, string>;
export type { UiCatalog } from './ui';
export type { StatusCatalog } from './status';
export type { ErrorCatalog } from './errors';
