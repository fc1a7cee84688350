'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/field';
import { createUserAction } from '@/lib/actions/users';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { createUserSchema } from '@/lib/schemas/user';

const EMPTY = { role: 'JOURNALIST', email: '', name: '', password: '' } as const;

export function CreateUserForm() {
  const state = useActionForm({
    schema: createUserSchema,
    action: createUserAction,
    defaultValues: EMPTY,
    success: (_data, values) => `Created ${values.email}.`,
    onSuccess: () => state.form.reset(EMPTY),
  });
  const { register, formState } = state.form;
  const { errors } = formState;

  return (
    <ActionForm
      state={state}
      label="Create user"
      className="grid max-w-3xl grid-cols-1 gap-3 sm:grid-cols-2"
    >
      <Field id="new-email" label="Email" error={errors.email?.message}>
        <input
          id="new-email"
          type="email"
          className={inputClass}
          aria-invalid={!!errors.email}
          {...register('email')}
        />
      </Field>
      <Field id="new-name" label="Name" error={errors.name?.message}>
        <input
          id="new-name"
          className={inputClass}
          aria-invalid={!!errors.name}
          {...register('name')}
        />
      </Field>
      <Field id="new-role" label="Role" error={errors.role?.message}>
        <select id="new-role" className={inputClass} {...register('role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-password" label="Initial password" error={errors.password?.message}>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          {...register('password')}
        />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton>Create user</SubmitButton>
        <FormFeedback />
      </div>
    </ActionForm>
  );
}
