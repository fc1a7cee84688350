import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { articleChoices } from '@/lib/data/articles';
import { queueSortHeaders } from '@/lib/data/claim-queue-sort';
import { claimQueuePage } from '@/lib/data/claim-queue-page';
import { toQueueRows } from '@/lib/data/queue-rows';
import { listColleagues } from '@/lib/data/users';
import { claimFiltersSchema } from '@/lib/schemas/claim-filters';

const QUEUE_PATH = '/newsroom/claims';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Everything the claim queue page shows, from its URL: filters that do not parse give a message
 * naming them (and no rows) instead of an error page, so the filter form can fix them.
 */
export async function getClaimQueue(actor: SessionUser | null, searchParams: SearchParams) {
  const user = assertCan(actor, 'claims.view');
  const raw = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [
      key,
      Array.isArray(value) ? value[0] : value,
    ]),
  );
  const parsed = claimFiltersSchema.safeParse(raw);
  const [result, colleagues, articles] = await Promise.all([
    parsed.success ? claimQueuePage(user, parsed.data, raw.cursor) : null,
    listColleagues(user),
    articleChoices(user, parsed.data?.article),
  ]);
  const picker = {
    colleagues: colleagues.map(({ id, name }) => ({ id, name })),
    articles: articles.map(({ id, title }) => ({ id, title })),
  };
  if (!parsed.success || !result) {
    const fields = [...new Set(parsed.error?.issues.map((issue) => issue.path.join('.')))];
    return {
      ...picker,
      filters: {},
      filterError: `Some filters are not valid: ${fields.join(', ')}.`,
      queue: null,
    };
  }
  return {
    ...picker,
    filters: parsed.data,
    filterError: null,
    queue: {
      rows: toQueueRows(result.rows),
      total: result.total,
      capped: result.capped,
      approximate: result.approximate,
      next: result.next,
      previous: result.previous,
      sortHeaders: queueSortHeaders(QUEUE_PATH, parsed.data),
      canBulk: can(user.role, 'claims.bulk'),
    },
  };
}
