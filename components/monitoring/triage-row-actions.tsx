'use client';

import { ClaimVersionProvider } from '@/components/claims/claim-version';
import { MoveForm } from '@/components/claims/move-form';
import type { MoveOption } from '@/lib/workflow/move-options';

/** Start sourcing or dismiss with a reason, right in the queue (the claim page's own move forms). */
export function TriageRowActions({
  claimId,
  version,
  options,
}: {
  claimId: string;
  version: number;
  options: MoveOption[];
}) {
  return (
    <ClaimVersionProvider version={version}>
      <div className="flex flex-wrap items-start gap-3">
        {options.map((option) => (
          <MoveForm key={option.to} claimId={claimId} option={option} />
        ))}
      </div>
    </ClaimVersionProvider>
  );
}
