import { toErrorResponse } from '@/lib/api/respond';
import { cachedResponse } from '@/lib/data/public/http-cache';
import { siteUrl } from '@/lib/data/public/settings';
import { verdictQuerySchema } from '@/lib/schemas/verdict-query';
import { verdictSummaryJson } from '@/lib/data/public/verdict-json';
import { getPublicSettings, listPublishedVerdicts } from '@/lib/data/public/cached';
import type { VerdictListResponse } from '@/lib/schemas/api/verdict';
import { otherMethods } from '@/lib/api/method-not-allowed';

/** Public: published verdicts, newest first; ?page=&q=&rating=&speaker=&from=&to=. */
export async function GET(request: Request) {
  try {
    const query = verdictQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const [settings, page] = await Promise.all([getPublicSettings(), listPublishedVerdicts(query)]);
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

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
