import { extractClaims } from '../../../lib/extraction';
import { loadPolnearTrainTexts } from './data';
import type { UnlabelledClaim } from './train';

/** Claim texts the extractor finds in PolNeAR's training articles: unlabelled news for the prior. */
export function unlabelledNewsClaims(): UnlabelledClaim[] {
  const claims: UnlabelledClaim[] = [];
  let failed = 0;
  const articles = loadPolnearTrainTexts();
  for (const text of articles) {
    try {
      claims.push(
        ...extractClaims(text).map((c) => ({
          text: c.text,
          sentence: text.slice(c.sentence.start, c.sentence.end),
        })),
      );
    } catch {
      failed++;
    }
  }
  console.log(
    `Unlabelled news: ${claims.length} claims from ${articles.length - failed} PolNeAR training articles${failed ? ` (${failed} the extractor failed on, skipped)` : ''}.`,
  );
  return claims;
}
