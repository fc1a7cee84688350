'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useHydrated } from '@/components/hooks/use-hydrated';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { signInSchema, type SignInInput } from '@/lib/schemas/sign-in';

const WRONG_CREDENTIALS = 'Email or password is incorrect.';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
  });
  const { errors, isSubmitting } = formState;
  // Before the JavaScript runs, the browser would submit the form itself, as a GET that puts the
  // password in the address.
  const hydrated = useHydrated();

  async function onSubmit(values: SignInInput) {
    setFormError(null);
    const result = await signIn('credentials', { ...values, redirect: false, callbackUrl });
    if (!result || result.error) {
      setFormError(
        !result || result.error === 'CredentialsSignin' ? WRONG_CREDENTIALS : result.error,
      );
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <fieldset disabled={!hydrated} className="flex flex-col gap-4">
        {formError ? (
          <p
            role="alert"
            className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800"
          >
            {formError}
          </p>
        ) : null}
        <Field id="email" label="Email" error={errors.email?.message}>
          <input
            id="email"
            type="email"
            autoComplete="username"
            className={inputClass}
            aria-invalid={!!errors.email}
            {...register('email')}
          />
        </Field>
        <Field id="password" label="Password" error={errors.password?.message}>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            className={inputClass}
            aria-invalid={!!errors.password}
            {...register('password')}
          />
        </Field>
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </fieldset>
    </form>
  );
}
