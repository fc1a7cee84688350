'use client';

import { createContext, useContext, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { buttonClass } from '@/components/ui/field';
import type { ActionFormStatus } from './use-action-form';

const ActionFormContext = createContext<ActionFormStatus | null>(null);

function useActionFormContext(): ActionFormStatus {
  const state = useContext(ActionFormContext);
  if (!state) throw new Error('Form controls need an <ActionForm> around them.');
  return state;
}

/** A form bound to a server action (useActionForm): labelled for screen readers, validated by its schema. */
export function ActionForm({
  state,
  label,
  className,
  children,
}: {
  state: ActionFormStatus;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <ActionFormContext.Provider value={state}>
      <form onSubmit={state.onSubmit} noValidate aria-label={label} className={className}>
        {children}
      </form>
    </ActionFormContext.Provider>
  );
}

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

/** The action's outcome: a success message, an error, or a stale-version conflict with a reload. */
export function FormFeedback() {
  const { feedback, clearFeedback } = useActionFormContext();
  return <ActionFeedback feedback={feedback} onReload={clearFeedback} />;
}
