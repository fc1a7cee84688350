'use client';

import { useState } from 'react';
import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { secondaryButtonClass } from '@/components/ui/field';
import { removeSourceAction } from '@/lib/actions/claims';
import { sourceRemoveSchema } from '@/lib/schemas/claim';
import { SourceForm, type SourceValues } from './source-form';
import { useClaimForm } from './use-claim-form';

/** Edit and remove for one source, while the claim's evidence is open. */
export function SourceControls({
  claimId,
  sourceId,
  values,
}: {
  claimId: string;
  sourceId: string;
  values: SourceValues;
}) {
  const [editing, setEditing] = useState(false);
  const remove = useClaimForm({
    schema: sourceRemoveSchema,
    action: (input) => removeSourceAction(sourceId, input),
    values: {},
  });
  if (editing)
    return (
      <div className="mt-2 flex flex-col gap-2 border-t border-slate-200 pt-2">
        <SourceForm
          claimId={claimId}
          source={{ id: sourceId, values }}
          onSaved={() => setEditing(false)}
        />
        <Button
          variant="secondary"
          size="sm"
          className="self-start"
          onClick={() => setEditing(false)}
        >
          Cancel editing
        </Button>
      </div>
    );
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
        Edit<span className="sr-only"> source {values.title}</span>
      </Button>
      <ActionForm state={remove} label={`Remove source ${values.title}`}>
        <SubmitRow buttonClassName={secondaryButtonClass}>
          Remove<span className="sr-only"> source {values.title}</span>
        </SubmitRow>
      </ActionForm>
    </div>
  );
}
