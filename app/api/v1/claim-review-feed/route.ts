import { otherMethods } from '@/lib/api/method-not-allowed';
import { toErrorResponse } from '@/lib/api/respond';
import { cachedResponse } from '@/lib/data/public/http-cache';
import { siteUrl } from '@/lib/data/public/settings';
import { getPublicSettings, publishedVerdictPage } from '@/lib/data/public/cached';
import { claimReviewInput } from '@/lib/data/public/verdict-export-format';
import { buildClaimReviewFeed } from '@/lib/json-ld/claim-review-feed';
import { CLAIM_REVIEW_FEED_PAGE_SIZE, feedQuerySchema } from '@/lib/schemas/feed-query';

const PATH = '/api/v1/claim-review-feed';

/** Public: a schema.org DataFeed of ClaimReview items, newest first, by cursor (Link rel=next/prev), with ETag. */
export async function GET(request: Request) {
  try {
    const { page, cursor } = feedQuerySchema.parse(
      Object.fromEntries(new URL(request.url).searchParams),
    );
    const [settings, result] = await Promise.all([
      getPublicSettings(),
      publishedVerdictPage({ page, cursor }, CLAIM_REVIEW_FEED_PAGE_SIZE),
    ]);
    const pageCount = Math.max(1, Math.ceil(result.total / CLAIM_REVIEW_FEED_PAGE_SIZE));
    const pageUrl = (query: string | null) => siteUrl(settings, query ? `${PATH}?${query}` : PATH);
    const feed = buildClaimReviewFeed({
      feedUrl: pageUrl(cursor ? `cursor=${cursor}` : page > 1 ? `page=${page}` : null),
      name: `${settings.name} fact checks`,
      licence: settings.dataLicence,
      dateModified: result.newest,
      reviews: result.items.map((verdict) => claimReviewInput(verdict, settings)),
    });
    const response = cachedResponse(
      request,
      JSON.stringify(feed),
      'application/ld+json; charset=utf-8',
    );
    // Pages by cursor; a numbered page past the end still points back to the last page.
    const prev = result.prev
      ? `cursor=${result.prev}`
      : !cursor && page > 1
        ? `page=${Math.min(page - 1, pageCount)}`
        : null;
    const links = [
      ...(prev ? [`<${pageUrl(prev === 'page=1' ? null : prev)}>; rel="prev"`] : []),
      ...(result.next ? [`<${pageUrl(`cursor=${result.next}`)}>; rel="next"`] : []),
    ];
    if (links.length) response.headers.set('Link', links.join(', '));
    response.headers.set('X-Total-Count', String(result.total));
    return response;
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
