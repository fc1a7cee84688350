'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { createUserAction } from '@/lib/actions/users';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { createUserSchema, type CreateUserInput } from '@/lib/schemas/user';

export function CreateUserForm() {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; message: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { role: 'JOURNALIST' },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: CreateUserInput) {
    const result = await createUserAction(values);
    if (result.ok) {
      setStatus({ kind: 'ok', message: `Created ${values.email}.` });
      reset({ role: 'JOURNALIST', email: '', name: '', password: '' });
      return;
    }
    for (const [field, message] of Object.entries(result.fields ?? {}))
      setError(field as keyof CreateUserInput, { message });
    setStatus({ kind: 'error', message: result.message });
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Create user"
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
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          Create user
        </button>
        {status ? (
          <p
            role="status"
            className={status.kind === 'ok' ? 'text-sm text-green-800' : 'text-sm text-red-700'}
          >
            {status.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
