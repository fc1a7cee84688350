'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { createTokenAction } from '@/lib/actions/tokens';
import { createTokenSchema } from '@/lib/schemas/api-token';

export function CreateTokenForm() {
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<{ name: string }>({
    resolver: zodResolver(createTokenSchema),
  });

  async function onSubmit(values: { name: string }) {
    setError(null);
    const result = await createTokenAction(values);
    if (!result.ok) return setError(result.message);
    setCreated(result.data);
    reset({ name: '' });
  }

  return (
    <div className="flex flex-col gap-3">
      <form
        onSubmit={handleSubmit(onSubmit)}
        noValidate
        aria-label="Create API token"
        className="flex items-end gap-3"
      >
        <Field id="token-name" label="Token name" error={formState.errors.name?.message}>
          <input id="token-name" className={inputClass} {...register('name')} />
        </Field>
        <button type="submit" className={buttonClass} disabled={formState.isSubmitting}>
          Create token
        </button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
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
