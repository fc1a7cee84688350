'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormProps,
} from 'react-hook-form';
import type { z } from 'zod';
import type { Feedback } from '@/components/ui/action-feedback';
import type { ActionResult } from '@/lib/actions/action-client';
import { useAction, type ActionCallbacks } from './use-action';

export interface ActionFormOptions<Input extends FieldValues, T> extends ActionCallbacks<
  [Input],
  T
> {
  /** The form's one schema (lib/schemas/): checked here before sending, and parsed again on the server. */
  schema: z.ZodType<unknown, Input>;
  action: (values: Input) => Promise<ActionResult<T>>;
  values?: Input;
  defaultValues?: DefaultValues<Input>;
  /** Empty the form again after a success (for forms that add something). */
  resetOnSuccess?: boolean;
}

/**
 * A react-hook-form form bound to a server action: the schema validates in the browser, the values
 * as typed go to the action, and the server's field errors land on the fields they name.
 */
export function useActionForm<Input extends FieldValues, T>({
  schema,
  action,
  values,
  defaultValues,
  resetOnSuccess,
  onSuccess,
  onFailure,
  ...callbacks
}: ActionFormOptions<Input, T>) {
  const form = useForm<Input>({
    resolver: zodResolver(schema) as UseFormProps<Input>['resolver'],
    values,
    defaultValues,
  });
  const { execute, pending, feedback, clearFeedback } = useAction(action, {
    ...callbacks,
    onSuccess: (data, input) => {
      if (resetOnSuccess) form.reset();
      onSuccess?.(data, input);
    },
    onFailure: (failure) => {
      const values = form.getValues();
      let shownOnField = false;
      for (const [field, message] of Object.entries(failure.fields ?? {})) {
        if (!(field in values)) continue;
        form.setError(field as Path<Input>, { message });
        shownOnField ||= message === failure.message;
      }
      return onFailure?.(failure) === true || shownOnField;
    },
  });
  // The server parses what was typed (not the browser's parse of it) with the same schema.
  const onSubmit = form.handleSubmit(() => execute(form.getValues()));
  return { form, onSubmit, pending, feedback, clearFeedback };
}

/** What the form element and its submit button and feedback need (ActionForm's context). */
export interface ActionFormStatus {
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  pending: boolean;
  feedback: Feedback;
  clearFeedback: () => void;
}
