import 'server-only';
import { errorResponse } from '@/lib/api/respond';
import {
  atomFeed,
  getPublicSettings,
  getPublishedClaim,
  rssFeed,
  verdictListBody,
} from '@/lib/data/public/cached';
import { cachedResponse, PUBLIC_CACHE_CONTROL, taggedResponse } from '@/lib/data/public/http-cache';
import { siteUrl } from '@/lib/data/public/settings';
import { verdictDetailJson } from '@/lib/data/public/verdict-json';
import type { VerdictDetailResponse } from '@/lib/schemas/api/verdict';
import { isSafeText } from '@/lib/schemas/safe-text';
import { verdictQuerySchema } from '@/lib/schemas/verdict-query';

// The feeds' and the public API's responses, for the per-request routes (which answer
// If-None-Match with a 304) and for their copies cached whole under /cached (`request` null).
// Errors are thrown, not answered: Next would cache an error response of a copy cached whole.

export const VERDICTS_PATH = '/api/v1/verdicts';
const JSON_TYPE = 'application/json; charset=utf-8';

export const rssResponse = async (request: Request | null) =>
  cachedResponse(request, await rssFeed(), 'application/rss+xml; charset=utf-8');

export const atomResponse = async (request: Request | null) =>
  cachedResponse(request, await atomFeed(), 'application/atom+xml; charset=utf-8');

/** GET /api/v1/verdicts?…: a page of published verdicts, with Link headers to its neighbours. */
export async function verdictListResponse(
  request: Request | null,
  searchParams: URLSearchParams,
): Promise<Response> {
  const query = verdictQuerySchema.parse(Object.fromEntries(searchParams));
  const [settings, page] = await Promise.all([getPublicSettings(), verdictListBody(query)]);
  const response = taggedResponse(request, page.json, page.etag, JSON_TYPE);
  const link = (cursor: string, rel: string) => {
    const target = new URLSearchParams(searchParams);
    target.delete('page');
    target.set('cursor', cursor);
    return `<${siteUrl(settings, `${VERDICTS_PATH}?${target}`)}>; rel="${rel}"`;
  };
  const links = [
    ...(page.prev ? [link(page.prev, 'prev')] : []),
    ...(page.next ? [link(page.next, 'next')] : []),
  ];
  if (links.length) response.headers.set('Link', links.join(', '));
  return response;
}

/** GET /api/v1/verdicts/{id}: one published verdict by its claim slug, or a 404. */
export async function verdictDetailResponse(request: Request | null, id: string) {
  const [claim, settings] = await Promise.all([
    id.length <= 200 && isSafeText(id) ? getPublishedClaim(id) : null,
    getPublicSettings(),
  ]);
  if (!claim) {
    // A shared cache may keep the 404 as briefly as a verdict, so a new verdict shows up there too.
    const missing = errorResponse(404, 'not_found', 'No published verdict has this id.');
    missing.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
    return missing;
  }
  const body = verdictDetailJson(
    claim,
    siteUrl(settings, `/claims/${claim.slug}`),
  ) satisfies VerdictDetailResponse;
  return cachedResponse(request, JSON.stringify(body), JSON_TYPE);
}
