import 'server-only';
import { db } from '@/lib/db';
import { matchNewClaims, type NewClaim } from './store-matches';

const BATCH = 25;

/**
 * Stores "seen before" candidates for claims, in short transactions of 25 (a claim's matches and
 * its prior-match score are written together). Idempotent: a candidate already stored is
 * skipped, so a retried job is safe.
 */
export async function matchClaims(claims: readonly NewClaim[]): Promise<number> {
  let stored = 0;
  for (let i = 0; i < claims.length; i += BATCH)
    stored += await db.$transaction((tx) => matchNewClaims(tx, claims.slice(i, i + BATCH)));
  return stored;
}

/** The claim-matching job: every claim of one article. */
export async function matchArticleClaims(articleId: string): Promise<number> {
  const claims = await db.claim.findMany({
    where: { articleId },
    select: { id: true, articleId: true, text: true, speaker: true },
    orderBy: { start: 'asc' },
  });
  return matchClaims(claims);
}
