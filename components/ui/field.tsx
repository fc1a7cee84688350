import { buttonClasses } from './button';
import type { ReactNode } from 'react';

/** A labelled form control with its error, wired for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  /** A short help text under the label; the control names it with aria-describedby `${id}-hint`. */
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  'rounded border border-slate-400 px-2 py-1.5 text-sm focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700';
// Older call sites style native buttons with these; new code uses <Button> from ./button.
export const buttonClass = buttonClasses({ variant: 'primary' });
export const secondaryButtonClass = buttonClasses({ variant: 'secondary' });
