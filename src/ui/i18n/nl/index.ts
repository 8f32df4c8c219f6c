// Nederlands: the same keys as the English catalog (the compiler checks each part).
import type { Catalog } from '../en';
import { NL_ERRORS } from './errors';
import { NL_STATUS } from './status';
import { NL_UI } from './ui';

export const NL: Catalog = { ...NL_UI, ...NL_STATUS, ...NL_ERRORS };
