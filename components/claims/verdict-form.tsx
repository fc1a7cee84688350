'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { proposeVerdictAction } from '@/lib/actions/claims';
import type { Rating } from '@/lib/generated/prisma/enums';
import { RATING_ORDER, RATINGS } from '@/lib/ratings';
import { verdictSchema, type VerdictInput } from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

interface CurrentVerdict {
  rating: Rating | null;
  summary: string | null;
  explanation: string | null;
}

const RATING_LABELS = Object.fromEntries(RATING_ORDER.map((r) => [r, RATINGS[r].label]));

export function VerdictForm({ claimId, current }: { claimId: string; current: CurrentVerdict }) {
  const state = useClaimForm({
    schema: verdictSchema,
    action: (input) => proposeVerdictAction(claimId, input),
    // An empty choice until a rating is picked; the schema asks for one.
    values: {
      rating: (current.rating ?? '') as VerdictInput['rating'],
      summary: current.summary ?? '',
      explanation: current.explanation ?? '',
    },
    success: 'Verdict saved.',
  });
  return (
    <ActionForm state={state} label="Proposed verdict" className="flex flex-col gap-2">
      <SelectField
        name="rating"
        label="Rating"
        choices={RATING_LABELS}
        empty={{ label: 'Choose a rating…' }}
      />
      <TextField name="summary" label="One-line summary" />
      <TextField
        name="explanation"
        label="Explanation"
        rows={6}
        hint="Markdown: [link text](https://…), *emphasis*, **strong**, lists starting with - or 1."
      />
      <SubmitRow>Save verdict</SubmitRow>
    </ActionForm>
  );
}
