// Deutsch: the same keys as the English catalog (the compiler checks each part).
import type { Catalog } from '../en';
import { DE_ERRORS } from './errors';
import { DE_STATUS } from './status';
import { DE_UI } from './ui';

export const DE: Catalog = { ...DE_UI, ...DE_STATUS, ...DE_ERRORS };
