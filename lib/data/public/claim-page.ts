import 'server-only';
import { cache } from 'react';
import { buildClaimReview } from '@/lib/json-ld/claim-review';
import { RATINGS } from '@/lib/ratings';
import { getPublishedClaim } from './claims';
import { safeHttpUrl } from './safe-url';
import { getPublicSettings, siteUrl } from './settings';
import { speakerSlug } from '@/lib/slug';

/** A published fact check as its public page shows it, with its ClaimReview structured data; null if unpublished. */
export const getPublicClaimPage = cache(async (slug: string) => {
  const [claim, settings] = await Promise.all([getPublishedClaim(slug), getPublicSettings()]);
  if (!claim) return null;
  const pageUrl = siteUrl(settings, `/claims/${claim.slug}`);
  const originalUrl = safeHttpUrl(claim.article.url);
  const rating = RATINGS[claim.rating];
  return {
    claim,
    rating: { label: rating.label, description: rating.description },
    speakerPath: claim.speaker ? `/speakers/${speakerSlug(claim.speaker)}` : null,
    originalUrl,
    meta: {
      title: `${rating.label}: ${claim.statement}`,
      url: pageUrl,
      siteName: settings.name,
    },
    claimReview: buildClaimReview({
      pageUrl,
      statement: claim.statement,
      speaker: claim.speaker,
      speakerRole: claim.speakerRole,
      rating: claim.rating,
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
