'use client';

import { signOut } from 'next-auth/react';
import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { changePasswordAction } from '@/lib/actions/password';
import { changePasswordSchema } from '@/lib/schemas/password';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Changing the password ends every session, this one too: the user signs in again with the new one. */
export function ChangePasswordForm() {
  const state = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: EMPTY,
    onSuccess: () => void signOut({ callbackUrl: '/signin' }),
  });
  return (
    <ActionForm state={state} label="Change password" className="flex max-w-sm flex-col gap-3">
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
      />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
      />
      <TextField
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
      />
      <SubmitRow>Change password</SubmitRow>
    </ActionForm>
  );
}
