import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Rating } from '@/lib/generated/prisma/enums';

export interface PublicArticleClaim {
  /** The claim slug; also the highlight's id in segmentText. */
  id: string;
  start: number;
  end: number;
  rating: Rating;
  speaker: string | null;
}

export interface PublicArticle {
  slug: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: Date | null;
  body: string;
  claims: PublicArticleClaim[];
}

// A claim is published while it has a current publication (its latest live one).
const PUBLISHED_CLAIM = { publications: { some: { isCurrent: true } } } as const;

/** An article with at least one published claim, and only those claims; null otherwise. */
export const getPublicArticle = cache(async (slug: string): Promise<PublicArticle | null> => {
  const article = await db.article.findFirst({
    where: { slug, claims: { some: PUBLISHED_CLAIM } },
    select: {
      slug: true,
      title: true,
      outlet: true,
      byline: true,
      url: true,
      publishedAt: true,
      body: true,
      claims: {
        where: PUBLISHED_CLAIM,
        select: {
          slug: true,
          publications: {
            where: { isCurrent: true },
            take: 1,
            select: { rating: true, speaker: true, claimStart: true, claimEnd: true },
          },
        },
      },
    },
  });
  if (!article) return null;
  // Highlights sit where the claims were published, not where a correction in progress moves them.
  const claims = article.claims
    .flatMap(({ slug: claimSlug, publications: [latest] }) =>
      latest
        ? [
            {
              id: claimSlug,
              start: latest.claimStart,
              end: latest.claimEnd,
              rating: latest.rating,
              speaker: latest.speaker,
            },
          ]
        : [],
    )
    .sort((a, b) => a.start - b.start);
  return { ...article, claims };
});
