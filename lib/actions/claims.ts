'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current-user';
import { addClaim, mergeClaims, splitClaim, updateClaim } from '@/lib/data/claim-edits';
import { addSource, proposeVerdict } from '@/lib/data/evidence';
import { addNote } from '@/lib/data/notes';
import { revalidateAfterWorkflow, revalidatePublicSite } from '@/lib/public-cache';
import { bulkAction } from '@/lib/workflow/bulk';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { withdrawPublication } from '@/lib/workflow/withdraw';
import { runAction } from './action-result';

function refreshNewsroom(claimId?: string) {
  if (claimId) revalidatePath(`/newsroom/claims/${claimId}`);
  revalidatePath('/newsroom', 'layout');
}

export async function transitionAction(claimId: string, input: unknown) {
  return runAction(async () => {
    const result = await transitionClaim(await getCurrentUser(), claimId, input);
    revalidateAfterWorkflow(result);
    refreshNewsroom(claimId);
    return result;
  });
}

export async function withdrawAction(claimId: string, input: unknown) {
  return runAction(async () => {
    const result = await withdrawPublication(await getCurrentUser(), claimId, input);
    revalidatePublicSite();
    refreshNewsroom(claimId);
    return result;
  });
}

export async function reviewAction(claimId: string, input: unknown) {
  return runAction(async () => {
    const result = await reviewClaim(await getCurrentUser(), claimId, input);
    refreshNewsroom(claimId);
    return result;
  });
}

export async function addSourceAction(claimId: string, input: unknown) {
  return runAction(async () => {
    const { version } = await addSource(await getCurrentUser(), claimId, input);
    refreshNewsroom(claimId);
    return { version };
  });
}

export async function proposeVerdictAction(claimId: string, input: unknown) {
  return runAction(async () => {
    const result = await proposeVerdict(await getCurrentUser(), claimId, input);
    refreshNewsroom(claimId);
    return result;
  });
}

export async function addNoteAction(claimId: string, input: unknown) {
  return runAction(async () => {
    await addNote(await getCurrentUser(), claimId, input);
    refreshNewsroom(claimId);
  });
}

export async function updateClaimAction(claimId: string, input: unknown) {
  return runAction(async () => {
    const result = await updateClaim(await getCurrentUser(), claimId, input);
    refreshNewsroom(claimId);
    return result;
  });
}

export async function addClaimAction(articleId: string, input: unknown) {
  return runAction(async () => {
    const claim = await addClaim(await getCurrentUser(), articleId, input);
    refreshNewsroom();
    return claim;
  });
}

export async function splitClaimAction(claimId: string, input: unknown) {
  return runAction(async () => {
    const result = await splitClaim(await getCurrentUser(), claimId, input);
    refreshNewsroom(claimId);
    return { id: result.id, version: result.version, newClaimId: result.newClaim.id };
  });
}

export async function mergeClaimsAction(input: unknown) {
  return runAction(async () => {
    const result = await mergeClaims(await getCurrentUser(), input);
    refreshNewsroom(result.id);
    return result;
  });
}

export async function bulkClaimsAction(input: unknown) {
  return runAction(async () => {
    const results = await bulkAction(await getCurrentUser(), input);
    if (results.some((r) => r.ok)) revalidatePublicSite();
    refreshNewsroom();
    return results;
  });
}
