// Published claims for tests and demos: a claim row in state PUBLISHED plus its Publication snapshot,
// written directly (the workflow service is what makes them in the app).
import type { Db } from '@/lib/prisma-client';
import { createClaim } from './factories';

export interface SnapshotSourceInput {
  url: string;
  title: string;
  kind?: string;
  stance?: string;
  note?: string | null;
}

export interface PublicationInput {
  publishedById: string;
  /** A rating scale key; the publication freezes its name and value as the scale has them. */
  rating?: string;
  summary?: string;
  explanation?: string;
  claimText?: string;
  /** Defaults to the claim's statement. */
  statement?: string;
  speaker?: string | null;
  speakerRole?: string | null;
  sources?: SnapshotSourceInput[];
  checkedBy?: string;
  approvedBy?: string[];
  correctionNote?: string | null;
  publishedAt?: Date;
  withdrawnAt?: Date | null;
}

export interface PublishedClaimInput extends PublicationInput {
  articleId: string;
  /** Where the claim sits in the article body; `text` must equal body.slice(start, start + text.length). */
  text: string;
  start: number;
  sentenceStart?: number;
  sentenceEnd?: number;
}

/**
 * Adds one Publication (a first publication, or a correction when one exists) to a claim, at the
 * claim's current span.
 */
export async function addPublication(
  db: Db,
  claimId: string,
  input: PublicationInput & { claimText: string },
) {
  const span = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { start: true, end: true, sentenceStart: true, sentenceEnd: true, statement: true },
  });
  const rating = input.rating ?? 'FALSE';
  const [entry, bounds] = await Promise.all([
    db.ratingScaleEntry.findUniqueOrThrow({ where: { key: rating } }),
    db.newsroomSettings.findUnique({ where: { id: 'newsroom' } }),
  ]);
  const onScale = entry.ratingValue !== null;
  return db.publication.create({
    data: {
      claimId,
      claimText: input.claimText,
      statement: input.statement ?? span.statement,
      claimStart: span.start,
      claimEnd: span.end,
      sentenceStart: span.sentenceStart,
      sentenceEnd: span.sentenceEnd,
      speaker: input.speaker ?? null,
      speakerRole: input.speakerRole ?? null,
      rating,
      ratingName: entry.name,
      ratingValue: entry.ratingValue,
      ratingBest: onScale ? (bounds?.ratingBest ?? 5) : null,
      ratingWorst: onScale ? (bounds?.ratingWorst ?? 1) : null,
      summary: input.summary ?? 'The figure is not supported by the official record.',
      explanation:
        input.explanation ??
        'We compared the claim with the official record.\n\nThe record shows a different figure.',
      sources: (
        input.sources ?? [{ url: 'https://example.org/record', title: 'Official record' }]
      ).map((s) => ({ kind: 'PRIMARY_DOCUMENT', stance: 'CONTRADICTS', note: null, ...s })),
      checkedBy: input.checkedBy ?? 'Test Checker',
      approvedBy: input.approvedBy ?? ['Test Editor'],
      correctionNote: input.correctionNote ?? null,
      publishedById: input.publishedById,
      publishedAt: input.publishedAt ?? new Date(),
      withdrawnAt: input.withdrawnAt ?? null,
    },
    select: { id: true, publishedAt: true },
  });
}

/** A claim in state PUBLISHED with its first Publication. */
export async function createPublishedClaim(db: Db, input: PublishedClaimInput) {
  const claim = await createClaim(db, {
    articleId: input.articleId,
    text: input.text,
    start: input.start,
    speaker: input.speaker ?? null,
    state: 'PUBLISHED',
    statement: input.statement,
  });
  await db.claim.update({
    where: { id: claim.id },
    data: {
      speakerRole: input.speakerRole ?? null,
      rating: input.rating ?? 'FALSE',
      summary: input.summary ?? null,
      explanation: input.explanation ?? null,
      ...(input.sentenceStart !== undefined ? { sentenceStart: input.sentenceStart } : {}),
      ...(input.sentenceEnd !== undefined ? { sentenceEnd: input.sentenceEnd } : {}),
    },
  });
  const publication = await addPublication(db, claim.id, {
    ...input,
    claimText: input.claimText ?? input.text,
  });
  return {
    ...claim,
    state: 'PUBLISHED' as const,
    publicationId: publication.id,
    publishedAt: publication.publishedAt,
  };
}
