'use server';

import { revalidatePath } from 'next/cache';
import { decideMatch } from '@/lib/data/claim-matches';
import { revalidatePublicSite } from '@/lib/public-cache';
import { familyVerdictSchema, matchDecisionSchema } from '@/lib/schemas/claim-match';
import { submitFamilyVerdict } from '@/lib/workflow/service';
import { authActionClient } from './action-client';

const refreshNewsroom = () => revalidatePath('/newsroom', 'layout');

/** Confirm or reject a "seen before" match (the id is the match's). */
export const decideMatchAction = authActionClient
  .schema(matchDecisionSchema)
  .recordAction(async ({ id, input, user }) => {
    const result = await decideMatch(user, id, input);
    refreshNewsroom();
    // A confirmed match lists one more appearance on the published claim's public page.
    revalidatePublicSite();
    return result;
  });

/** Take a family member's published verdict for this claim and send it to review (the id is the claim's). */
export const familyVerdictAction = authActionClient
  .schema(familyVerdictSchema)
  .recordAction(async ({ id, input, user }) => {
    const result = await submitFamilyVerdict(user, id, input);
    refreshNewsroom();
    return result;
  });
