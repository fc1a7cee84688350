import type { WorkspaceClaim } from '@/lib/data/article-workspace';
import type { ClaimViewFilters } from '@/lib/schemas/claim-view-filters';

type FilteredClaim = Pick<WorkspaceClaim, 'state' | 'kind' | 'checkworthy' | 'speaker'>;

export function filterClaims<C extends FilteredClaim>(claims: C[], filters: ClaimViewFilters): C[] {
  return claims.filter(
    (claim) =>
      (!filters.state || claim.state === filters.state) &&
      (!filters.kind || claim.kind === filters.kind) &&
      (!filters.checkworthy || claim.checkworthy) &&
      (!filters.speaker || claim.speaker === filters.speaker),
  );
}

export const hasFilters = (filters: ClaimViewFilters) => Object.values(filters).some(Boolean);
