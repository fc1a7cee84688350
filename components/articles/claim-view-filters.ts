import type { NewsroomClaim } from '@/lib/data/articles';
import type { ClaimViewFilters } from '@/lib/schemas/claim-view-filters';

export function filterClaims<C extends NewsroomClaim>(claims: C[], filters: ClaimViewFilters): C[] {
  return claims.filter(
    (claim) =>
      (!filters.state || claim.state === filters.state) &&
      (!filters.kind || claim.kind === filters.kind) &&
      (!filters.checkworthy || claim.checkworthy) &&
      (!filters.speaker || claim.speaker === filters.speaker),
  );
}

export const hasFilters = (filters: ClaimViewFilters) => Object.values(filters).some(Boolean);
