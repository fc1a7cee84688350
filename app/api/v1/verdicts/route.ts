import { toErrorResponse } from '@/lib/api/respond';
import { cachedResponse } from '@/lib/data/public/http-cache';
import { siteUrl } from '@/lib/data/public/settings';
import { PUBLIC_PAGE_SIZE, verdictQuerySchema } from '@/lib/schemas/verdict-query';
import { verdictSummaryJson } from '@/lib/data/public/verdict-json';
import { getPublicSettings, getRatingScale, listPublishedVerdicts } from '@/lib/data/public/cached';
import { checkRatingFilter } from '@/lib/ratings';
import type { VerdictListResponse } from '@/lib/schemas/api/verdict';
import { otherMethods } from '@/lib/api/method-not-allowed';

/** Public: published verdicts, newest first; ?cursor= (or ?page= for the first pages)&q=&rating=&speaker=&from=&to=. */
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const query = verdictQuerySchema.parse(Object.fromEntries(url.searchParams));
    checkRatingFilter(await getRatingScale(), query.rating);
    const [settings, page] = await Promise.all([getPublicSettings(), listPublishedVerdicts(query)]);
    const body: VerdictListResponse = {
      data: page.items.map((item) =>
        verdictSummaryJson(item, siteUrl(settings, `/claims/${item.slug}`)),
      ),
      page: page.page,
      pageCount: Math.max(1, Math.ceil(page.total / PUBLIC_PAGE_SIZE)),
      total: page.total,
      totalCapped: page.totalCapped,
      next: page.next,
      prev: page.prev,
    };
    const response = cachedResponse(
      request,
      JSON.stringify(body),
      'application/json; charset=utf-8',
    );
    const link = (cursor: string, rel: string) => {
      const target = new URLSearchParams(url.searchParams);
      target.delete('page');
      target.set('cursor', cursor);
      return `<${siteUrl(settings, `${url.pathname}?${target}`)}>; rel="${rel}"`;
    };
    const links = [
      ...(page.prev ? [link(page.prev, 'prev')] : []),
      ...(page.next ? [link(page.next, 'next')] : []),
    ];
    if (links.length) response.headers.set('Link', links.join(', '));
    return response;
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
