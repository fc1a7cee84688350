import { z } from 'zod';
import { ClaimKind } from '@/lib/generated/prisma/enums';
import { CLAIM_STATES } from '@/lib/workflow/states';
import { safeText } from './safe-text';

export const CLAIM_KINDS = Object.values(ClaimKind);

/** The article page's claim filters; an unknown value is dropped rather than failing the page. */
const claimViewFiltersSchema = z.object({
  state: z.enum(CLAIM_STATES).optional().catch(undefined),
  kind: z
    .enum(CLAIM_KINDS as [ClaimKind, ...ClaimKind[]])
    .optional()
    .catch(undefined),
  checkworthy: z.literal('1').optional().catch(undefined),
  speaker: safeText()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
});
export type ClaimViewFilters = z.infer<typeof claimViewFiltersSchema>;

/** Reads the filters from the page's search params (the first value of a repeated one). */
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
