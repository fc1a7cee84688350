import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import { PUBLIC_CACHE_TAG } from '@/lib/data/public/cache-settings';

// Reader pages, feeds and the public API are served from Next's cache (docs/public-site.md,
// Caching). A new, corrected or withdrawn verdict or a settings save expires all of it at once, on
// every instance sharing the cache handler: the next request renders from the database.

/** Expires every cached public read and page now (not stale-while-revalidate: a withdrawal must not linger). */
export function revalidatePublicSite(): void {
  revalidateTag(PUBLIC_CACHE_TAG, { expire: 0 });
  // The pages cached whole (claim, article, speaker; cached 404s too) carry the root layout's tag.
  revalidatePath('/', 'layout');
}

/** Any move may change what readers see (publish, correct, withdraw), and revalidating is cheap: always do it. */
export function revalidateAfterWorkflow(_result: {
  state: ClaimState;
  publicationId?: string;
}): void {
  revalidatePublicSite();
}
