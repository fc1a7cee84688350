'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { familyVerdictAction } from '@/lib/actions/matches';
import { familyVerdictSchema } from '@/lib/schemas/claim-match';
import { useClaimForm } from './use-claim-form';

/** Takes a confirmed family member's published verdict for this appearance; it then goes to review. */
export function FamilyVerdictForm({
  claimId,
  publicationId,
}: {
  claimId: string;
  publicationId: string;
}) {
  const state = useClaimForm({
    schema: familyVerdictSchema,
    action: (input) => familyVerdictAction(claimId, input),
    values: { publicationId },
    success: 'Verdict taken for this appearance and sent for review.',
  });
  return (
    <ActionForm state={state} label="Use this verdict" className="flex flex-col gap-1">
      <SubmitRow>Use this verdict for this appearance</SubmitRow>
    </ActionForm>
  );
}
