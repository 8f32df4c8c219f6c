// Italiano: the same keys as the English catalog (the compiler checks each part).
import type { Catalog } from '../en';
import { IT_ERRORS } from './errors';
import { IT_STATUS } from './status';
import { IT_UI } from './ui';

export const IT: Catalog = { ...IT_UI, ...IT_STATUS, ...IT_ERRORS };
