import 'server-only';
import { conflict, invalid, notFound } from '@/lib/errors';
import type { ClaimState, Prisma } from '@/lib/generated/prisma/client';
import { CONTENT_LOCKED_STATES, STATE_LABELS } from '@/lib/workflow/states';

/** The one message for a write made against an out-of-date claim. */
export const staleClaimVersion = (current: number) =>
  conflict(
    `This claim was changed by someone else (now at version ${current}). Reload to see the latest, then try again.`,
  );

/** The claim's own fields that a verdict covers; sources are the rest (callers adding one say so). */
const VERDICT_CONTENT_FIELDS = [
  'text',
  'statement',
  'start',
  'end',
  'sentenceStart',
  'sentenceEnd',
  'speaker',
  'speakerRole',
  'rating',
  'summary',
  'explanation',
  'verdictAuthorId',
] as const satisfies (keyof Prisma.ClaimUncheckedUpdateManyInput)[];

const contentLocked = (state: ClaimState) =>
  invalid(
    `This claim is ${STATE_LABELS[state].toLowerCase()}: its text, statement, speaker, role, sources and verdict cannot change once it is submitted for review.`,
  );

/**
 * Updates a claim only at the version the caller saw (and, if given, in one of these states);
 * otherwise nothing changes. A write to what the verdict covers (its fields above, or
 * `changesVerdictContent` for a source) is also refused while STATE_RULES locks the claim's content.
 */
export async function updateClaimAtVersion(
  tx: Prisma.TransactionClient,
  where: { id: string; version: number; states?: ClaimState[] },
  data: Prisma.ClaimUncheckedUpdateManyInput,
  { changesVerdictContent = false }: { changesVerdictContent?: boolean } = {},
): Promise<number> {
  const locksApply =
    changesVerdictContent || VERDICT_CONTENT_FIELDS.some((field) => data[field] !== undefined);
  const { count } = await tx.claim.updateMany({
    where: {
      id: where.id,
      version: where.version,
      ...(where.states || locksApply
        ? {
            state: {
              ...(where.states ? { in: where.states } : {}),
              ...(locksApply ? { notIn: [...CONTENT_LOCKED_STATES] } : {}),
            },
          }
        : {}),
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
  if (locksApply && CONTENT_LOCKED_STATES.includes(current.state))
    throw contentLocked(current.state);
  throw invalid(
    `This claim cannot be changed while it is ${current.state.toLowerCase().replace('_', ' ')}.`,
  );
}
