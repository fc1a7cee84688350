import type { WorkspaceClaim } from '@/lib/data/article-workspace';
import { CONTENT_LOCKED_STATES, SPAN_EDITABLE_STATES } from '@/lib/workflow/states';

/** What the claim editing controls need to know about a claim (no more). */
export type EditableClaim = Pick<
  WorkspaceClaim,
  'id' | 'start' | 'end' | 'speaker' | 'speakerRole' | 'state' | 'version'
>;

export const canEditSpan = (claim: EditableClaim) => SPAN_EDITABLE_STATES.includes(claim.state);
export const canEditAttribution = (claim: EditableClaim) =>
  !CONTENT_LOCKED_STATES.includes(claim.state);
