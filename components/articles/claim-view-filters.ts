import { z } from 'zod';
import { ClaimKind } from '@/lib/generated/prisma/enums';
import type { NewsroomClaim } from '@/lib/data/articles';
import { CLAIM_STATES } from '@/lib/workflow/states';

export const CLAIM_KINDS = Object.values(ClaimKind);

const claimViewFiltersSchema = z.object({
  state: z.enum(CLAIM_STATES).optional().catch(undefined),
  kind: z
    .enum(CLAIM_KINDS as [ClaimKind, ...ClaimKind[]])
    .optional()
    .catch(undefined),
  checkworthy: z.literal('1').optional().catch(undefined),
  speaker: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
});
export type ClaimViewFilters = z.infer<typeof claimViewFiltersSchema>;

/** Reads the article page's filters from its search params; unknown values are ignored rather than failing the page. */
export function parseClaimViewFilters(
  searchParams: Record<string, string | string[] | undefined>,
): ClaimViewFilters {
  const first = (key: string) => {
    const value = searchParams[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return claimViewFiltersSchema.parse({
    state: first('state'),
    kind: first('kind'),
    checkworthy: first('checkworthy'),
    speaker: first('speaker'),
  });
}

export function filterClaims(claims: NewsroomClaim[], filters: ClaimViewFilters): NewsroomClaim[] {
  return claims.filter(
    (claim) =>
      (!filters.state || claim.state === filters.state) &&
      (!filters.kind || claim.kind === filters.kind) &&
      (!filters.checkworthy || claim.checkworthy) &&
      (!filters.speaker || claim.speaker === filters.speaker),
  );
}

export const hasFilters = (filters: ClaimViewFilters) => Object.values(filters).some(Boolean);
