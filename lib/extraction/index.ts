export { extractClaims } from './extract-claims';
export type { Attribution, ClaimKind, ExtractedClaim } from './types';
