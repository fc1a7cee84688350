import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseSnapshotSources } from '@/lib/data/public/snapshot-sources';
import { SNAPSHOT_SOURCE_SELECT } from './publication-snapshot';
import { REVIEW_FIELDS, type ReviewContent } from './review-content';

type Tx = Pick<Prisma.TransactionClient, 'claim' | 'reviewSnapshot'>;

const fieldSelect = Object.fromEntries(REVIEW_FIELDS.map((field) => [field.key, true])) as Record<
  (typeof REVIEW_FIELDS)[number]['key'],
  true
>;

/** The verdict's fields and sources as the claim holds them now. */
export async function readReviewContent(tx: Tx, claimId: string): Promise<ReviewContent> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      ...fieldSelect,
      sources: {
        orderBy: { createdAt: 'asc' },
        select: SNAPSHOT_SOURCE_SELECT,
      },
    },
  });
  return reviewContentOf(claim);
}

type SnapshotSource = Prisma.SourceGetPayload<{ select: typeof SNAPSHOT_SOURCE_SELECT }>;

/** The review content of a claim already read (its verdict fields and sources, oldest first). */
export function reviewContentOf(
  claim: Record<(typeof REVIEW_FIELDS)[number]['key'], string | null> & {
    sources: SnapshotSource[];
  },
): ReviewContent {
  return {
    fields: Object.fromEntries(REVIEW_FIELDS.map((field) => [field.key, claim[field.key]])),
    sources: claim.sources.map((source) => ({
      url: source.url,
      title: source.title,
      kind: source.kind,
      stance: source.stance,
      note: source.note,
      accessedOn: source.accessedOn?.toISOString().slice(0, 10) ?? null,
      archiveUrl: source.archiveUrl,
    })),
  };
}

/** Freezes what is submitted in this review round (a resubmission in the same round replaces it). */
export async function recordReviewSnapshot(tx: Tx, claimId: string, round: number) {
  const content = (await readReviewContent(tx, claimId)) as unknown as Prisma.InputJsonValue;
  await tx.reviewSnapshot.upsert({
    where: { claimId_round: { claimId, round } },
    create: { claimId, round, content },
    update: { content, createdAt: new Date() },
  });
}

/** A stored review snapshot, read defensively. */
export function snapshotContent(json: unknown): ReviewContent {
  const value = (json ?? {}) as { fields?: Record<string, unknown>; sources?: unknown };
  const fields = Object.fromEntries(
    REVIEW_FIELDS.map((field) => {
      const raw = value.fields?.[field.key];
      return [field.key, typeof raw === 'string' ? raw : null];
    }),
  );
  return { fields, sources: sourcesFrom(value.sources) };
}

/** What a publication showed readers, in the same shape. */
export function publicationContent(publication: {
  rating: string;
  summary: string;
  explanation: string;
  sources: unknown;
}): ReviewContent {
  return {
    fields: {
      rating: publication.rating,
      summary: publication.summary,
      explanation: publication.explanation,
    },
    sources: sourcesFrom(publication.sources),
  };
}

function sourcesFrom(json: unknown): ReviewContent['sources'] {
  return parseSnapshotSources(json).map((source) => ({
    url: source.url,
    title: source.title,
    kind: source.kind,
    stance: source.stance,
    note: source.note,
    accessedOn: source.accessedOn,
    archiveUrl: source.archiveHref,
  }));
}
