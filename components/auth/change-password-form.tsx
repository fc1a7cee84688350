'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { changePasswordAction } from '@/lib/actions/password';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/schemas/password';

/** Changing the password ends every session, this one too: the user signs in again with the new one. */
export function ChangePasswordForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: ChangePasswordInput) {
    setFormError(null);
    const result = await changePasswordAction(values);
    if (result.ok) {
      await signOut({ callbackUrl: '/signin' });
      return;
    }
    for (const [field, message] of Object.entries(result.fields ?? {}))
      setError(field as keyof ChangePasswordInput, { message });
    if (!result.fields) setFormError(result.message);
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Change password"
      className="flex max-w-sm flex-col gap-3"
    >
      {formError ? (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      ) : null}
      <Field id="current-password" label="Current password" error={errors.currentPassword?.message}>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={!!errors.currentPassword}
          {...register('currentPassword')}
        />
      </Field>
      <Field id="new-password" label="New password" error={errors.newPassword?.message}>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.newPassword}
          {...register('newPassword')}
        />
      </Field>
      <Field
        id="confirm-password"
        label="New password again"
        error={errors.confirmPassword?.message}
      >
        <input
          id="confirm-password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.confirmPassword}
          {...register('confirmPassword')}
        />
      </Field>
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        Change password
      </button>
    </form>
  );
}
