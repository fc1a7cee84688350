import 'server-only';
import { conflict, invalid, notFound } from '@/lib/errors';
import type { ClaimState, Prisma } from '@/lib/generated/prisma/client';

/** The one message for a write made against an out-of-date claim. */
export const staleClaimVersion = (current: number) =>
  conflict(
    `This claim was changed by someone else (now at version ${current}). Reload to see the latest, then try again.`,
  );

/**
 * Updates a claim only at the version the caller saw (and, if given, in one of these states);
 * otherwise nothing changes.
 */
export async function updateClaimAtVersion(
  tx: Prisma.TransactionClient,
  where: { id: string; version: number; states?: ClaimState[] },
  data: Prisma.ClaimUncheckedUpdateManyInput,
): Promise<number> {
  const { count } = await tx.claim.updateMany({
    where: {
      id: where.id,
      version: where.version,
      ...(where.states ? { state: { in: where.states } } : {}),
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return where.version + 1;
  const current = await tx.claim.findUnique({
    where: { id: where.id },
    select: { version: true, state: true },
  });
  if (!current) throw notFound('Claim');
  if (current.version !== where.version) {
    throw staleClaimVersion(current.version);
  }
  throw invalid(
    `This claim cannot be changed while it is ${current.state.toLowerCase().replace('_', ' ')}.`,
  );
}
