'use client';

import type { FieldValues } from 'react-hook-form';
import { useActionForm, type ActionFormOptions } from '@/components/forms/use-action-form';
import { useClaimVersion } from './claim-version';

/** useActionForm for a claim page form: sends the version the page last saw and moves it on after a save. */
export function useClaimForm<
  Input extends FieldValues & { version: number },
  T extends { version: number },
>({
  action,
  values,
  onSuccess,
  ...options
}: Omit<ActionFormOptions<Input, T>, 'values'> & { values: Omit<Input, 'version'> }) {
  const { version, saw } = useClaimVersion();
  return useActionForm<Input, T>({
    ...options,
    values: { ...values, version } as Input,
    action: (input) => action({ ...input, version }),
    onSuccess: (data, input) => {
      saw(data.version);
      onSuccess?.(data, input);
    },
  });
}
