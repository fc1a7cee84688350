'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { createUserAction } from '@/lib/actions/users';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { createUserSchema } from '@/lib/schemas/user';

const EMPTY = { role: 'JOURNALIST', email: '', name: '', password: '' } as const;

export function CreateUserForm() {
  const state = useActionForm({
    schema: createUserSchema,
    action: createUserAction,
    defaultValues: EMPTY,
    success: (_data, values) => `Created ${values.email}.`,
    resetOnSuccess: true,
  });
  return (
    <ActionForm
      state={state}
      label="Create user"
      className="grid max-w-3xl grid-cols-1 gap-3 sm:grid-cols-2"
    >
      <TextField name="email" label="Email" type="email" />
      <TextField name="name" label="Name" />
      <SelectField name="role" label="Role" choices={ROLE_LABELS} />
      <TextField
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
      />
      <SubmitRow className="sm:col-span-2">Create user</SubmitRow>
    </ActionForm>
  );
}
