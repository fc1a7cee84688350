import { errorResponse, toErrorResponse } from '@/lib/api/respond';
import { cachedResponse } from '@/lib/data/public/http-cache';
import { getPublicSettings, siteUrl } from '@/lib/data/public/settings';
import { verdictQuerySchema } from '@/lib/data/public/verdict-query';
import { verdictSummaryJson } from '@/lib/data/public/verdict-json';
import { listPublishedVerdicts } from '@/lib/data/public/verdicts';
import type { VerdictListResponse } from '@/lib/schemas/api/verdict';

export const dynamic = 'force-dynamic';

/** Public: published verdicts, newest first; ?page=&q=&rating=&speaker=&from=&to=. */
export async function GET(request: Request) {
  const parsed = verdictQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join('.') || '_', issue.message]),
    );
    return errorResponse(
      422,
      'invalid',
      'The query is not valid: ' +
        Object.entries(fields)
          .map(([k, v]) => `${k}: ${v}`)
          .join('; '),
      fields,
    );
  }
  try {
    const [settings, page] = await Promise.all([
      getPublicSettings(),
      listPublishedVerdicts(parsed.data),
    ]);
    const body: VerdictListResponse = {
      data: page.items.map((item) =>
        verdictSummaryJson(item, siteUrl(settings, `/claims/${item.slug}`)),
      ),
      page: page.page,
      pageCount: page.pageCount,
      total: page.total,
    };
    return cachedResponse(request, JSON.stringify(body), 'application/json; charset=utf-8');
  } catch (error) {
    return toErrorResponse(error);
  }
}
