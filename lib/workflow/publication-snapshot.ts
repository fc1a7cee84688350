import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

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
      verdictAuthor: { select: { name: true } },
      sources: {
        orderBy: { createdAt: 'asc' },
        select: { url: true, title: true, kind: true, stance: true, note: true },
      },
      reviews: {
        where: { round, decision: 'APPROVE' },
        orderBy: { createdAt: 'asc' },
        select: { reviewer: { select: { name: true } } },
      },
    },
  });
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
      summary: claim.summary ?? '',
      explanation: claim.explanation ?? '',
      sources: claim.sources,
      checkedBy: claim.verdictAuthor?.name ?? 'Factdesk',
      approvedBy: claim.reviews.map((review) => review.reviewer.name),
      correctionNote,
      publishedById,
    },
    select: { id: true, publishedAt: true },
  });
}
