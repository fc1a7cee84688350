import 'server-only';
import { cache } from 'react';
import { buildClaimReview } from '@/lib/json-ld/claim-review';
import { findRating } from '@/lib/ratings';
import { getRatingScale } from '@/lib/data/rating-scale';
import { getPublishedClaim } from './claims';
import { safeHttpUrl } from './safe-url';
import { getPublicSettings, siteUrl } from './settings';
import { speakerSlug } from '@/lib/slug';

/** A published fact check as its public page shows it, with its ClaimReview structured data; null if unpublished. */
export const getPublicClaimPage = cache(async (slug: string) => {
  const [claim, settings, scale] = await Promise.all([
    getPublishedClaim(slug),
    getPublicSettings(),
    getRatingScale(),
  ]);
  if (!claim) return null;
  const pageUrl = siteUrl(settings, `/claims/${claim.slug}`);
  const originalUrl = safeHttpUrl(claim.article.url);
  const label = claim.ratingPublished.name;
  return {
    claim,
    scale,
    rating: { label, description: findRating(scale, claim.rating)?.description ?? '' },
    speakerPath: claim.speaker ? `/speakers/${speakerSlug(claim.speaker)}` : null,
    originalUrl,
    meta: {
      title: `${label}: ${claim.statement}`,
      url: pageUrl,
      siteName: settings.name,
    },
    claimReview: buildClaimReview({
      pageUrl,
      statement: claim.statement,
      speaker: claim.speaker,
      speakerRole: claim.speakerRole,
      rating: claim.ratingPublished,
      summary: claim.summary,
      claimDate: claim.article.publishedAt,
      appearances: claim.appearances.map((appearance) => ({
        url:
          safeHttpUrl(appearance.article.url) ??
          siteUrl(settings, `/articles/${appearance.article.slug}`),
        headline: appearance.article.title,
        datePublished: appearance.article.publishedAt,
      })),
      firstPublishedAt: claim.firstPublishedAt,
      modifiedAt: claim.publishedAt,
      newsroom: { name: settings.name, url: settings.url },
    }),
  };
});
