'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { proposeVerdictAction } from '@/lib/actions/claims';
import { activeRatings, type RatingScale } from '@/lib/ratings';
import { verdictSchema } from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

interface CurrentVerdict {
  rating: string | null;
  summary: string | null;
  explanation: string | null;
}

export function VerdictForm({
  claimId,
  ratingScale,
  current,
}: {
  claimId: string;
  ratingScale: RatingScale;
  current: CurrentVerdict;
}) {
  // The scale's entries in order; an archived rating stays offered to the verdict that has it.
  const ratings = activeRatings(ratingScale, current.rating);
  const choices = Object.fromEntries(ratings.map((entry) => [entry.key, entry.name]));
  const state = useClaimForm({
    schema: verdictSchema,
    action: (input) => proposeVerdictAction(claimId, input),
    // An empty choice until a rating is picked; the schema asks for one.
    values: {
      rating: current.rating ?? '',
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
        choices={choices}
        empty={{ label: 'Choose a rating…' }}
      />
      <details className="text-sm text-slate-700">
        <summary>What the ratings mean</summary>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
          {ratings.map((entry) => (
            <div key={entry.key} className="contents">
              <dt className="font-medium">{entry.name}</dt>
              <dd>{entry.description}</dd>
            </div>
          ))}
        </dl>
      </details>
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
