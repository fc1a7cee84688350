import 'server-only';
import { revalidatePath } from 'next/cache';
import type { ClaimState } from '@/lib/generated/prisma/enums';

// The public site renders per request (force-dynamic), so a new, corrected or withdrawn verdict is on
// the next page view and in the next feed/API response. Revalidating still clears the client router
// cache and any cached render, should a page ever opt into static rendering.

/** Drops every cached public page and feed, so readers never see a stale verdict. */
export function revalidatePublicSite(): void {
  revalidatePath('/', 'layout');
}

/** Any move may change what readers see (publish, correct, withdraw), and revalidating is cheap: always do it. */
export function revalidateAfterWorkflow(_result: {
  state: ClaimState;
  publicationId?: string;
}): void {
  revalidatePublicSite();
}
