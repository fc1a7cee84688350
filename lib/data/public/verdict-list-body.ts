import 'server-only';
import { getRatingScale } from '@/lib/data/rating-scale';
import { checkRatingFilter } from '@/lib/ratings';
import type { VerdictListResponse } from '@/lib/schemas/api/verdict';
import { PUBLIC_PAGE_SIZE, type VerdictQuery } from '@/lib/schemas/verdict-query';
import { etagFor } from './http-cache';
import { getPublicSettings, siteUrl } from './settings';
import { verdictSummaryJson } from './verdict-json';
import { listPublishedVerdicts } from './verdicts';

/**
 * GET /api/v1/verdicts's body for a query, serialised once with its ETag, so that a cached read
 * (lib/data/public/cached.ts) leaves the route nothing to decode, re-encode or hash per request.
 */
export async function verdictListBody(query: VerdictQuery) {
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
  const json = JSON.stringify(body);
  return { json, etag: etagFor(json), next: page.next, prev: page.prev };
}
