'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session-user';
import { addClaim, mergeClaims, splitClaim, updateClaim } from '@/lib/data/claim-edits';
import { proposeVerdict } from '@/lib/data/evidence';
import { addSource, removeSource, updateSource } from '@/lib/data/sources';
import { addNote } from '@/lib/data/notes';
import { revalidateAfterWorkflow, revalidatePublicSite } from '@/lib/public-cache';
import { bulkActionSchema } from '@/lib/schemas/bulk-action';
import {
  claimUpdateSchema,
  mergeClaimsSchema,
  newClaimSchema,
  noteSchema,
  sourceRemoveSchema,
  sourceSchema,
  splitClaimSchema,
  verdictSchema,
} from '@/lib/schemas/claim';
import { reviewSchema, transitionSchema, withdrawSchema } from '@/lib/schemas/workflow';
import { bulkAction } from '@/lib/workflow/bulk';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { withdrawPublication } from '@/lib/workflow/withdraw';
import { authActionClient } from './action-client';

// Every newsroom page (claim pages, article pages, queues) shows claims.
const refreshNewsroom = () => revalidatePath('/newsroom', 'layout');

/** An action on one claim (for addClaim, one article): its schema, its lib call, then the newsroom refreshed. */
function claimAction<S extends z.ZodType, T>(
  schema: S,
  call: (user: SessionUser, id: string, input: z.output<S>) => Promise<T>,
) {
  return authActionClient.schema(schema).recordAction(async ({ id, input, user }) => {
    const result = await call(user, id, input);
    refreshNewsroom();
    return result;
  });
}

export const transitionAction = claimAction(transitionSchema, async (user, id, input) => {
  const result = await transitionClaim(user, id, input);
  revalidateAfterWorkflow(result);
  return result;
});

export const withdrawAction = claimAction(withdrawSchema, async (user, id, input) => {
  const result = await withdrawPublication(user, id, input);
  revalidatePublicSite();
  return result;
});

export const reviewAction = claimAction(reviewSchema, reviewClaim);
export const addSourceAction = claimAction(sourceSchema, addSource);
// These two take the source's id: the source knows its claim.
export const updateSourceAction = claimAction(sourceSchema, (user, id, input) =>
  updateSource(user, id, input),
);
export const removeSourceAction = claimAction(sourceRemoveSchema, (user, id, input) =>
  removeSource(user, id, input),
);
export const proposeVerdictAction = claimAction(verdictSchema, proposeVerdict);
export const addNoteAction = claimAction(noteSchema, addNote);
export const updateClaimAction = claimAction(claimUpdateSchema, updateClaim);
export const addClaimAction = claimAction(newClaimSchema, addClaim);
export const splitClaimAction = claimAction(splitClaimSchema, splitClaim);

export const mergeClaimsAction = authActionClient
  .schema(mergeClaimsSchema)
  .action(async ({ input, user }) => {
    const result = await mergeClaims(user, input);
    refreshNewsroom();
    return result;
  });

export const bulkClaimsAction = authActionClient
  .schema(bulkActionSchema)
  .action(async ({ input, user }) => {
    const results = await bulkAction(user, input);
    if (results.some((r) => r.ok)) revalidatePublicSite();
    refreshNewsroom();
    return results;
  });
