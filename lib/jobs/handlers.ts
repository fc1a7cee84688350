import 'server-only';
import { extractArticleClaims } from '@/lib/data/article-extraction';
import { matchArticleClaims } from '@/lib/matching/match-article';
import { importFeedItem } from '@/lib/monitoring/import-item';
import { pollSource } from '@/lib/monitoring/poll-source';
import { enqueueDuePolls } from '@/lib/monitoring/tick';
import type { JobName, JobPayloads } from './queues';

/** One handler per job type; each is idempotent, since a job may run more than once. */
export const HANDLERS: { [N in JobName]: (data: JobPayloads[N]) => Promise<unknown> } = {
  'monitoring-tick': () => enqueueDuePolls(),
  'monitoring-poll': ({ sourceId }) => pollSource(sourceId),
  'article-import-url': ({ feedItemId }) => importFeedItem(feedItemId),
  'article-extraction': ({ articleId }) => extractArticleClaims(articleId),
  'claim-matching': ({ articleId }) => matchArticleClaims(articleId),
};
