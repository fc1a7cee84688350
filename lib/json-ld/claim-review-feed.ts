import { buildClaimReview, type ClaimReviewInput } from './claim-review';

export interface ClaimReviewFeedInput {
  feedUrl: string;
  name: string;
  licence: string;
  dateModified: Date | null;
  reviews: ClaimReviewInput[];
}

/**
 * A schema.org DataFeed of ClaimReview items, the shape Google's Fact Check Tools ingest: one
 * DataFeedItem per fact check, its ClaimReview the same as the public page's JSON-LD.
 */
export function buildClaimReviewFeed(input: ClaimReviewFeedInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: input.name,
    url: input.feedUrl,
    license: input.licence,
    ...(input.dateModified ? { dateModified: input.dateModified.toISOString() } : {}),
    dataFeedElement: input.reviews.map((review) => {
      const { '@context': _context, ...claimReview } = buildClaimReview(review);
      return {
        '@type': 'DataFeedItem',
        dateCreated: review.firstPublishedAt.toISOString(),
        dateModified: review.modifiedAt.toISOString(),
        item: [claimReview],
      };
    }),
  };
}
