import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { RatingAsPublished } from '@/lib/ratings';
import { describeChanges } from './corrections-diff';
import { parseSnapshotSources, type PublicSource } from './snapshot-sources';

export interface PublicCorrection {
  date: Date;
  changes: string[];
  note: string | null;
}

export interface PublicClaim {
  slug: string;
  /** What was checked, in one sentence (the headline); claimText is the article's own words. */
  statement: string;
  claimText: string;
  speaker: string | null;
  speakerRole: string | null;
  /** The rating scale key (for its colour) and the rating as published: name and ClaimReview value. */
  rating: string;
  ratingPublished: RatingAsPublished;
  summary: string;
  explanation: string;
  sources: PublicSource[];
  checkedBy: string;
  approvedBy: string[];
  correctedBy: string[];
  publishedAt: Date;
  firstPublishedAt: Date;
  /** The sentence the claim sits in, cut around the claim itself. */
  sentence: { before: string; claim: string; after: string };
  article: {
    slug: string;
    title: string;
    outlet: string | null;
    url: string | null;
    publishedAt: Date | null;
  };
  corrections: PublicCorrection[];
  /** Every published appearance of this claim (its claim family), this one included, oldest first. */
  appearances: PublicAppearance[];
}

export interface PublicAppearance {
  claimSlug: string;
  claimText: string;
  speaker: string | null;
  article: {
    slug: string;
    title: string;
    outlet: string | null;
    url: string | null;
    publishedAt: Date | null;
  };
}

const LIVE = { withdrawnAt: null } as const;

/** The published sentence around the published span (the snapshot's offsets, not the claim's). */
function cutSentence(
  body: string,
  span: { claimStart: number; claimEnd: number; sentenceStart: number; sentenceEnd: number },
) {
  const sentenceStart = Math.max(0, Math.min(span.sentenceStart, span.claimStart));
  const sentenceEnd = Math.min(body.length, Math.max(span.sentenceEnd, span.claimEnd));
  return {
    before: body.slice(sentenceStart, span.claimStart).trimStart(),
    claim: body.slice(span.claimStart, span.claimEnd),
    after: body.slice(span.claimEnd, sentenceEnd).trimEnd(),
  };
}

/**
 * A published claim by slug (memoised per request: metadata and page share one query), as readers
 * see it; null when it is not (or no longer) published.
 */
export const getPublishedClaim = cache(async (slug: string): Promise<PublicClaim | null> => {
  const claim = await db.claim.findFirst({
    where: { slug, publications: { some: { isCurrent: true } } },
    select: {
      slug: true,
      familyId: true,
      article: {
        select: { slug: true, title: true, outlet: true, url: true, publishedAt: true, body: true },
      },
      publications: {
        where: LIVE,
        orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
        select: {
          statement: true,
          claimText: true,
          claimStart: true,
          claimEnd: true,
          sentenceStart: true,
          sentenceEnd: true,
          speaker: true,
          speakerRole: true,
          rating: true,
          ratingName: true,
          ratingValue: true,
          ratingBest: true,
          ratingWorst: true,
          summary: true,
          explanation: true,
          sources: true,
          checkedBy: true,
          approvedBy: true,
          correctedBy: true,
          correctionNote: true,
          publishedAt: true,
        },
      },
    },
  });
  const latest = claim?.publications.at(-1);
  if (!claim || !latest) return null;
  const { body, ...article } = claim.article;
  const appearances = claim.familyId ? await familyAppearances(claim.familyId) : [];
  const corrections = claim.publications.slice(1).map((publication, index) => ({
    date: publication.publishedAt,
    changes: describeChanges(claim.publications[index], publication),
    note: publication.correctionNote,
  }));
  return {
    slug: claim.slug,
    statement: latest.statement,
    claimText: latest.claimText,
    speaker: latest.speaker,
    speakerRole: latest.speakerRole,
    rating: latest.rating,
    ratingPublished: {
      name: latest.ratingName,
      value: latest.ratingValue,
      best: latest.ratingBest,
      worst: latest.ratingWorst,
    },
    summary: latest.summary,
    explanation: latest.explanation,
    sources: parseSnapshotSources(latest.sources),
    checkedBy: latest.checkedBy,
    approvedBy: latest.approvedBy,
    correctedBy: latest.correctedBy,
    publishedAt: latest.publishedAt,
    firstPublishedAt: claim.publications[0].publishedAt,
    sentence: cutSentence(body, latest),
    article,
    corrections: corrections.reverse(),
    appearances: appearances.length
      ? appearances
      : [{ claimSlug: claim.slug, claimText: latest.claimText, speaker: latest.speaker, article }],
  };
});

/** The published members of a claim family, as appearances; unpublished members stay private. */
async function familyAppearances(familyId: string): Promise<PublicAppearance[]> {
  const members = await db.claim.findMany({
    where: { familyId, publications: { some: { isCurrent: true } } },
    orderBy: [{ article: { publishedAt: 'asc' } }, { createdAt: 'asc' }],
    select: {
      slug: true,
      article: { select: { slug: true, title: true, outlet: true, url: true, publishedAt: true } },
      publications: {
        where: { isCurrent: true },
        take: 1,
        select: { claimText: true, speaker: true },
      },
    },
  });
  return members.map((member) => ({
    claimSlug: member.slug,
    claimText: member.publications[0].claimText,
    speaker: member.publications[0].speaker,
    article: member.article,
  }));
}
