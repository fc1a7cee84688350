'use client';

import { useState } from 'react';
import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { inputClass } from '@/components/ui/field';
import { createTokenAction } from '@/lib/actions/tokens';
import { createTokenSchema } from '@/lib/schemas/api-token';

export function CreateTokenForm() {
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const state = useActionForm({
    schema: createTokenSchema,
    action: createTokenAction,
    defaultValues: { name: '' },
    resetOnSuccess: true,
    onSuccess: setCreated,
  });

  return (
    <div className="flex flex-col gap-3">
      <ActionForm state={state} label="Create API token" className="flex items-end gap-3">
        <TextField name="name" label="Token name" />
        <SubmitRow>Create token</SubmitRow>
      </ActionForm>
      {created ? (
        <div role="status" className="rounded border border-green-700 bg-green-50 p-2 text-sm">
          <p>Token “{created.name}” created. Copy it now: it will not be shown again.</p>
          <label className="mt-1 flex flex-col gap-1">
            New API token
            <input
              readOnly
              value={created.token}
              className={`${inputClass} font-mono`}
              onFocus={(e) => e.target.select()}
            />
          </label>
        </div>
      ) : null}
    </div>
  );
}
