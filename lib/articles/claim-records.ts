import { extractClaims, type ExtractedClaim } from '@/lib/extraction';
import { composeStatement } from '@/lib/extraction/statement';
import type { Attribution, ClaimKind } from '@/lib/generated/prisma/enums';
import { makeSlug } from '@/lib/slug';

/** An extracted claim shaped for the Claim table. */
export type ClaimRecord = Omit<ExtractedClaim, 'sentence' | 'attribution' | 'kind'> & {
  slug: string;
  statement: string;
  sentenceStart: number;
  sentenceEnd: number;
  attribution: Attribution;
  kind: ClaimKind;
};

// The engine's lower-case names, upper-cased, must be values of the Prisma enums: a name the schema
// lacks fails to compile.
const upper = <T extends string>(name: T) => name.toUpperCase() as Uppercase<T>;

export function toClaimRecord(claim: ExtractedClaim): ClaimRecord {
  return {
    slug: makeSlug(claim.text),
    text: claim.text,
    statement: composeStatement(claim),
    start: claim.start,
    end: claim.end,
    sentenceStart: claim.sentence.start,
    sentenceEnd: claim.sentence.end,
    speaker: claim.speaker,
    speakerRole: claim.speakerRole,
    cue: claim.cue,
    attribution: upper(claim.attribution),
    kind: upper(claim.kind),
    checkworthiness: claim.checkworthiness,
    checkworthy: claim.checkworthy,
  };
}

/** A speaker's role, found once in the article ("X, the minister, said"), applies to all their claims. */
export function carrySpeakerRoles<T extends Pick<ExtractedClaim, 'speaker' | 'speakerRole'>>(
  claims: T[],
): T[] {
  const roles = new Map<string, string>();
  for (const claim of claims)
    if (claim.speaker && claim.speakerRole && !roles.has(claim.speaker))
      roles.set(claim.speaker, claim.speakerRole);
  return claims.map((claim) =>
    claim.speaker && !claim.speakerRole && roles.has(claim.speaker)
      ? { ...claim, speakerRole: roles.get(claim.speaker)! }
      : claim,
  );
}

/** Runs extraction over an article body and shapes the claims for storage. */
export function claimRecordsFor(body: string): ClaimRecord[] {
  return carrySpeakerRoles(extractClaims(body)).map(toClaimRecord);
}
