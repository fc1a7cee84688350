'use client';

import { createContext, useContext, useId, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useHydrated } from '@/components/hooks/use-hydrated';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { buttonClass } from '@/components/ui/field';
import type { ActionFormStatus } from './use-action-form';

const ActionFormContext = createContext<(ActionFormStatus & { id: string }) | null>(null);

function useActionFormContext() {
  const state = useContext(ActionFormContext);
  if (!state) throw new Error('Form controls need an <ActionForm> around them.');
  return state;
}

/**
 * A form bound to a server action (useActionForm): labelled for screen readers, validated by its
 * schema. Its controls stay disabled until the page's JavaScript runs: the form posts nothing
 * without it, and react-hook-form would reset anything typed before then.
 */
export function ActionForm<Input extends FieldValues>({
  state,
  label,
  className,
  children,
}: {
  state: ActionFormStatus & { form: UseFormReturn<Input> };
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const hydrated = useHydrated();
  return (
    <ActionFormContext.Provider value={{ ...state, id }}>
      <FormProvider {...state.form}>
        <form onSubmit={state.onSubmit} noValidate aria-label={label} className={className}>
          <fieldset disabled={!hydrated} className="contents">
            {children}
          </fieldset>
        </form>
      </FormProvider>
    </ActionFormContext.Provider>
  );
}

/** A prefix that keeps field ids unique when one page holds several forms. */
export const useActionFormId = () => useActionFormContext().id;

/** The form's submit button, disabled while the action runs. */
export function SubmitButton({
  className = buttonClass,
  disabled,
  pendingLabel,
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: ReactNode }) {
  const { pending } = useActionFormContext();
  return (
    <button type="submit" className={className} disabled={pending || disabled} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** The submit button with the action's outcome beside it. */
export function SubmitRow({
  children,
  className = '',
  buttonClassName,
}: {
  children: ReactNode;
  className?: string;
  buttonClassName?: string;
}) {
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`}>
      <SubmitButton className={buttonClassName}>{children}</SubmitButton>
      <FormFeedback />
    </div>
  );
}

/** The action's outcome: a success message, an error, or a stale-version conflict with a reload. */
export function FormFeedback() {
  const { feedback, clearFeedback } = useActionFormContext();
  return <ActionFeedback feedback={feedback} onReload={clearFeedback} />;
}
