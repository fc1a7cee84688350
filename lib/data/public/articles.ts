import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { claimExcerpts, isOwnOutlet } from '@/lib/public/article-excerpts';

export interface PublicArticleClaim {
  /** The claim slug; also the highlight's id in segmentText. */
  id: string;
  start: number;
  end: number;
  /** The rating scale key (its colour) and the name the publication froze. */
  rating: string;
  ratingName: string;
  speaker: string | null;
}

export interface PublicArticle {
  slug: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: Date | null;
  /** The text readers see: the whole article, or the paragraphs around its published claims. */
  passages: PublicPassage[];
  /** True when `passages` is the whole text (one of the newsroom's own outlets). */
  fullText: boolean;
  claims: PublicArticleClaim[];
}

export interface PublicPassage {
  /** Where the passage starts in the article; the claims' offsets count from the article's start. */
  start: number;
  text: string;
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
            select: {
              rating: true,
              ratingName: true,
              speaker: true,
              claimStart: true,
              claimEnd: true,
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  const { ownOutlets } = (await db.newsroomSettings.findUnique({
    where: { id: 'newsroom' },
    select: { ownOutlets: true },
  })) ?? { ownOutlets: '' };
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
              ratingName: latest.ratingName,
              speaker: latest.speaker,
            },
          ]
        : [],
    )
    .sort((a, b) => a.start - b.start);
  const { body, ...rest } = article;
  const fullText = isOwnOutlet(article.outlet, ownOutlets);
  // Another outlet's article is theirs: readers get the claims in context, not a copy of it.
  const ranges = fullText ? [{ start: 0, end: body.length }] : claimExcerpts(body, claims);
  const passages = ranges.map(({ start, end }) => ({ start, text: body.slice(start, end) }));
  return { ...rest, passages, fullText, claims };
});
