import 'server-only';
import { codePointOffsets } from '@/lib/code-points';
import { namedUser } from '@/lib/data/user-names';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The fields of a source that the newsroom shows and the API returns. */
export const sourceSelect = {
  id: true,
  url: true,
  title: true,
  kind: true,
  stance: true,
  note: true,
  accessedOn: true,
  archiveUrl: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

/** The claim's offsets counted in Unicode code points, for clients whose strings are not UTF-16. */
function claimCodePoints(
  body: string,
  offsets: { start: number; end: number; sentenceStart: number; sentenceEnd: number },
) {
  const at = codePointOffsets(body);
  return {
    start: at(offsets.start),
    end: at(offsets.end),
    sentenceStart: at(offsets.sentenceStart),
    sentenceEnd: at(offsets.sentenceEnd),
  };
}

/**
 * One claim with its article, sources, reviews and publications; people by id only, so a page
 * names everyone it shows in one query (lib/data/user-names.ts). Null for an unknown claim.
 * No permission check: for readers that have checked `claims.view` (getClaimDetail, getClaimPage).
 */
export function readClaimDetail(claimId: string) {
  return db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      slug: true,
      text: true,
      statement: true,
      start: true,
      end: true,
      sentenceStart: true,
      sentenceEnd: true,
      speaker: true,
      speakerRole: true,
      cue: true,
      attribution: true,
      kind: true,
      checkworthiness: true,
      checkworthy: true,
      state: true,
      dismissReason: true,
      priority: true,
      dueAt: true,
      rating: true,
      summary: true,
      explanation: true,
      reviewRound: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      assigneeId: true,
      verdictAuthorId: true,
      article: { select: { id: true, title: true, body: true, outlet: true, url: true } },
      sources: {
        orderBy: { createdAt: 'asc' },
        select: { ...sourceSelect, addedById: true },
      },
      reviews: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          round: true,
          decision: true,
          note: true,
          createdAt: true,
          reviewerId: true,
        },
      },
      publications: {
        orderBy: { publishedAt: 'desc' },
        select: {
          id: true,
          rating: true,
          summary: true,
          publishedAt: true,
          withdrawnAt: true,
          correctionNote: true,
          // For the claim page's review changes, which compare with the live publication.
          explanation: true,
          sources: true,
        },
      },
    },
  });
}
export type ClaimDetailRow = NonNullable<Awaited<ReturnType<typeof readClaimDetail>>>;

/** Everyone the claim detail names: assignee, verdict author, who added each source, reviewers. */
export function claimDetailUserIds(claim: ClaimDetailRow): (string | null)[] {
  return [
    claim.assigneeId,
    claim.verdictAuthorId,
    ...claim.sources.map((source) => source.addedById),
    ...claim.reviews.map((review) => review.reviewerId),
  ];
}

/** The claim detail the API returns and the claim page shows, with the people's names filled in. */
export function claimDetailOf(claim: ClaimDetailRow, names: Map<string, string>) {
  const { article, assigneeId, verdictAuthorId, sources, reviews, publications, ...rest } = claim;
  // In the order the API has always listed these fields.
  return {
    ...rest,
    assignee: namedUser(names, assigneeId),
    verdictAuthor: namedUser(names, verdictAuthorId),
    sources: sources.map(({ addedById, ...source }) => ({
      ...source,
      addedBy: { name: names.get(addedById) ?? '' },
    })),
    reviews: reviews.map(({ reviewerId, ...review }) => ({
      ...review,
      reviewer: namedUser(names, reviewerId)!,
    })),
    publications: publications.map(
      ({ id, rating, summary, publishedAt, withdrawnAt, correctionNote }) => ({
        id,
        rating,
        summary,
        publishedAt,
        withdrawnAt,
        correctionNote,
      }),
    ),
    article: { id: article.id, title: article.title, outlet: article.outlet, url: article.url },
    codePoints: claimCodePoints(article.body, claim),
    sentence: article.body.slice(claim.sentenceStart, claim.sentenceEnd),
    context: {
      before: article.body.slice(Math.max(0, claim.start - 200), claim.start),
      after: article.body.slice(claim.end, claim.end + 200),
    },
  };
}
export type ClaimDetail = ReturnType<typeof claimDetailOf>;
