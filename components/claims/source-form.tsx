'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { addSourceAction, updateSourceAction } from '@/lib/actions/claims';
import {
  defaultAccessedOn,
  SOURCE_KIND_LABELS,
  SOURCE_STANCE_LABELS,
  sourceSchema,
  type SourceInput,
} from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

export type SourceValues = Omit<SourceInput, 'version'>;

/** Adds a source to the claim, or with `source` corrects that one. */
export function SourceForm({
  claimId,
  source,
  onSaved,
}: {
  claimId: string;
  source?: { id: string; values: SourceValues };
  onSaved?: () => void;
}) {
  // Empty until the user fills them in (the schema says what is missing); read today, by default.
  const empty = {
    url: '',
    title: '',
    kind: '',
    stance: '',
    note: '',
    accessedOn: defaultAccessedOn(),
    archiveUrl: '',
  } as unknown as SourceValues;
  const state = useClaimForm({
    schema: sourceSchema,
    action: (input) =>
      source ? updateSourceAction(source.id, input) : addSourceAction(claimId, input),
    values: source?.values ?? empty,
    success: source ? 'Source updated.' : 'Source added.',
    resetOnSuccess: !source,
    onSuccess: onSaved,
  });
  const choose = { label: 'Choose…', pick: true };
  const label = source ? `Edit source ${source.values.title}` : 'Add source';
  return (
    <ActionForm state={state} label={label} className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      <TextField name="url" label="Source URL" type="url" />
      <TextField name="title" label="Source title" />
      <SelectField name="kind" label="Kind of source" choices={SOURCE_KIND_LABELS} empty={choose} />
      <SelectField
        name="stance"
        label="What it shows"
        choices={SOURCE_STANCE_LABELS}
        empty={choose}
      />
      <TextField name="accessedOn" label="Accessed on" type="date" />
      <TextField name="archiveUrl" label="Archived copy URL (optional)" type="url" />
      <div className="sm:col-span-2">
        <TextField name="note" label="Source note" rows={2} />
      </div>
      <SubmitRow className="sm:col-span-2">{source ? 'Save source' : 'Add source'}</SubmitRow>
    </ActionForm>
  );
}
