import 'server-only';
import { invalid, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseSnapshotSources } from '@/lib/data/public/snapshot-sources';
import { updateClaimAtVersion } from '@/lib/data/claim-version';
import { STATE_LABELS } from './states';
import type { ClaimFactsWithVersion } from './claim-facts';

const FAMILY_VERDICT_STATES = ['EXTRACTED', 'SOURCING', 'VERIFYING'] as const;

/**
 * Copies a family member's live published verdict and its sources onto a claim of the same family,
 * citing that publication; returns the claim's new version. The caller then moves it to review.
 */
export async function copyFamilyVerdict(
  tx: Prisma.TransactionClient,
  userId: string,
  facts: ClaimFactsWithVersion,
  publicationId: string,
): Promise<number> {
  if (!(FAMILY_VERDICT_STATES as readonly string[]).includes(facts.state))
    throw invalid(
      `A family verdict can be taken before review only; this claim is ${STATE_LABELS[facts.state].toLowerCase()}.`,
    );
  if (facts.hasLivePublication)
    throw invalid(
      'This claim already has a published verdict of its own; reopen it to correct it.',
    );
  const [claim, publication] = [
    await tx.claim.findUnique({ where: { id: facts.id }, select: { familyId: true } }),
    await tx.publication.findUnique({
      where: { id: publicationId },
      select: {
        id: true,
        withdrawnAt: true,
        rating: true,
        summary: true,
        explanation: true,
        sources: true,
        claim: { select: { id: true, familyId: true } },
      },
    }),
  ];
  if (!claim || !publication) throw notFound('Published verdict');
  if (
    !claim.familyId ||
    publication.claim.familyId !== claim.familyId ||
    publication.claim.id === facts.id
  )
    throw invalid('Confirm that this claim matches the published one before taking its verdict.');
  if (publication.withdrawnAt) throw invalid('That verdict was withdrawn; it cannot be reused.');

  const version = await updateClaimAtVersion(
    tx,
    { id: facts.id, version: facts.version, states: [...FAMILY_VERDICT_STATES] },
    {
      rating: publication.rating,
      summary: publication.summary,
      explanation: publication.explanation,
      verdictAuthorId: userId,
      citedPublicationId: publication.id,
    },
  );
  const sources = parseSnapshotSources(publication.sources);
  await tx.source.createMany({
    data: sources.map((source) => ({
      claimId: facts.id,
      addedById: userId,
      url: source.url,
      title: source.title,
      kind: source.kind,
      stance: source.stance,
      note: source.note,
    })),
  });
  return version;
}
