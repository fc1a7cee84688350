import { otherMethods } from '@/lib/api/method-not-allowed';
import { toErrorResponse } from '@/lib/api/respond';
import { cachedResponse } from '@/lib/data/public/http-cache';
import { siteUrl } from '@/lib/data/public/settings';
import { getPublicSettings, publishedVerdictPage } from '@/lib/data/public/cached';
import { claimReviewInput } from '@/lib/data/public/verdict-export-format';
import { buildClaimReviewFeed } from '@/lib/json-ld/claim-review-feed';
import { CLAIM_REVIEW_FEED_PAGE_SIZE, feedQuerySchema } from '@/lib/schemas/feed-query';

const PATH = '/api/v1/claim-review-feed';

/** Public: a schema.org DataFeed of ClaimReview items, newest first, paged (Link rel=next/prev), with ETag. */
export async function GET(request: Request) {
  try {
    const { page } = feedQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const [settings, result] = await Promise.all([
      getPublicSettings(),
      publishedVerdictPage(page, CLAIM_REVIEW_FEED_PAGE_SIZE),
    ]);
    const pageCount = Math.max(1, Math.ceil(result.total / CLAIM_REVIEW_FEED_PAGE_SIZE));
    const pageUrl = (n: number) => siteUrl(settings, n === 1 ? PATH : `${PATH}?page=${n}`);
    const feed = buildClaimReviewFeed({
      feedUrl: pageUrl(page),
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
    const links = [
      ...(page > 1 ? [`<${pageUrl(Math.min(page - 1, pageCount))}>; rel="prev"`] : []),
      ...(page < pageCount ? [`<${pageUrl(page + 1)}>; rel="next"`] : []),
    ];
    if (links.length) response.headers.set('Link', links.join(', '));
    response.headers.set('X-Total-Count', String(result.total));
    return response;
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
