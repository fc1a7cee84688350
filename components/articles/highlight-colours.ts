import type { ClaimState } from '@/lib/generated/prisma/enums';

/** The background of a claim's words in the article text, one per state (the legend shows them). */
export const HIGHLIGHT_CLASSES: Record<ClaimState, string> = {
  EXTRACTED: 'bg-amber-100 text-inherit',
  SOURCING: 'bg-sky-100 text-inherit',
  VERIFYING: 'bg-indigo-100 text-inherit',
  IN_REVIEW: 'bg-orange-200 text-inherit',
  APPROVED: 'bg-emerald-100 text-inherit',
  PUBLISHED: 'bg-green-200 text-inherit',
  DISMISSED: 'bg-slate-200 text-slate-600',
};
