import type { ExtractedClaim } from '@/lib/extraction';

/** The claim with this cue, or a failure that lists what was extracted instead. */
export function byCue(claims: ExtractedClaim[], cue: string): ExtractedClaim {
  const claim = claims.find((c) => c.cue === cue);
  if (!claim) throw new Error(`no claim with cue "${cue}" in ${JSON.stringify(claims)}`);
  return claim;
}
