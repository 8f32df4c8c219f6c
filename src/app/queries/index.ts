// Every query by name, each `(ctx, input: unknown) => Result<Output>`: one store load, no lock.
import { feedStatus } from '../feeds/feed-status';
import { contactDetail } from './contact-detail';
import { labelAudit } from './label-audit';
import { labelDetail } from './label-detail';
import { myLabels } from './my-labels';
import { seats } from './seats';
import { sharedWithMe } from './shared-with-me';

export const QUERIES = { myLabels, sharedWithMe, labelDetail, contactDetail, seats, labelAudit, feedStatus } as const;

export type QueryName = keyof typeof QUERIES;
