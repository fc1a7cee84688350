'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { addSourceAction } from '@/lib/actions/claims';
import {
  SOURCE_KIND_LABELS,
  SOURCE_STANCE_LABELS,
  sourceSchema,
  type SourceInput,
} from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

// Empty until the user fills them in; the schema says what is missing.
const EMPTY = { url: '', title: '', kind: '', stance: '', note: '' } as unknown as Omit<
  SourceInput,
  'version'
>;

export function SourceForm({ claimId }: { claimId: string }) {
  const state = useClaimForm({
    schema: sourceSchema,
    action: (input) => addSourceAction(claimId, input),
    values: EMPTY,
    success: 'Source added.',
    resetOnSuccess: true,
  });
  const choose = { label: 'Choose…', pick: true };
  return (
    <ActionForm state={state} label="Add source" className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      <TextField name="url" label="Source URL" type="url" />
      <TextField name="title" label="Source title" />
      <SelectField name="kind" label="Kind of source" choices={SOURCE_KIND_LABELS} empty={choose} />
      <SelectField
        name="stance"
        label="What it shows"
        choices={SOURCE_STANCE_LABELS}
        empty={choose}
      />
      <div className="sm:col-span-2">
        <TextField name="note" label="Source note" rows={2} />
      </div>
      <SubmitRow className="sm:col-span-2">Add source</SubmitRow>
    </ActionForm>
  );
}
