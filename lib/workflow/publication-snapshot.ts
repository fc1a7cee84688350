import 'server-only';
import { ratingScaleIn } from '@/lib/data/rating-scale';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ratingAsPublished } from '@/lib/ratings';

/** What a snapshot (publication or review round) keeps of each source. */
export const SNAPSHOT_SOURCE_SELECT = {
  url: true,
  title: true,
  kind: true,
  stance: true,
  note: true,
  accessedOn: true,
  archiveUrl: true,
} satisfies Prisma.SourceSelect;

/** Freezes what readers will see: the claim, its statement and where it sits, verdict, sources and credits. */
export async function createPublication(
  tx: Prisma.TransactionClient,
  claimId: string,
  round: number,
  publishedById: string,
  correctionNote: string | null,
) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      text: true,
      statement: true,
      start: true,
      end: true,
      sentenceStart: true,
      sentenceEnd: true,
      speaker: true,
      speakerRole: true,
      rating: true,
      summary: true,
      explanation: true,
      citedPublicationId: true,
      verdictAuthor: { select: { name: true } },
      sources: {
        orderBy: { createdAt: 'asc' },
        select: SNAPSHOT_SOURCE_SELECT,
      },
      reviews: {
        where: { round, decision: 'APPROVE' },
        orderBy: { createdAt: 'asc' },
        select: { reviewer: { select: { name: true } } },
      },
    },
  });
  // A correction keeps the original credits and adds who corrected it (and who approved the correction).
  const previous = await tx.publication.findFirst({
    where: { claimId },
    orderBy: { publishedAt: 'desc' },
    select: { checkedBy: true, approvedBy: true, correctedBy: true },
  });
  // The rating's name and ClaimReview value as the scale has them now: later edits leave this publication as it is.
  const frozen = ratingAsPublished(await ratingScaleIn(tx), claim.rating!);
  const author = claim.verdictAuthor?.name ?? 'Factdesk';
  const approvers = claim.reviews.map((review) => review.reviewer.name);
  const credits = previous
    ? {
        checkedBy: previous.checkedBy,
        approvedBy: [...new Set([...previous.approvedBy, ...approvers])],
        correctedBy: [...new Set([...previous.correctedBy, author])],
      }
    : { checkedBy: author, approvedBy: approvers, correctedBy: [] };
  return tx.publication.create({
    data: {
      claimId,
      claimText: claim.text,
      statement: claim.statement,
      claimStart: claim.start,
      claimEnd: claim.end,
      sentenceStart: claim.sentenceStart,
      sentenceEnd: claim.sentenceEnd,
      speaker: claim.speaker,
      speakerRole: claim.speakerRole,
      rating: claim.rating!,
      ratingName: frozen.name,
      ratingValue: frozen.value,
      ratingBest: frozen.best,
      ratingWorst: frozen.worst,
      summary: claim.summary ?? '',
      explanation: claim.explanation ?? '',
      sources: claim.sources.map((source) => ({
        ...source,
        accessedOn: source.accessedOn?.toISOString().slice(0, 10) ?? null,
      })),
      ...credits,
      correctionNote,
      publishedById,
      citesPublicationId: claim.citedPublicationId,
    },
    select: { id: true, publishedAt: true },
  });
}
