'use client';

import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { useFormContext, type RegisterOptions } from 'react-hook-form';
import { Field, inputClass } from '@/components/ui/field';
import { useActionFormId } from './action-form';

interface FieldProps {
  /** The schema's field name. */
  name: string;
  label: string;
  options?: RegisterOptions;
}

/** A form field's id, error and registered control props, for fields inside an ActionForm. */
function useFormField({
  name,
  options,
  hint,
}: Pick<FieldProps, 'name' | 'options'> & { hint?: string }) {
  const { register, formState } = useFormContext();
  const id = `${useActionFormId()}-${name}`;
  const error = formState.errors[name]?.message as string | undefined;
  const control = {
    id,
    className: inputClass,
    'aria-invalid': !!error,
    'aria-describedby':
      [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
    ...register(name, options),
  };
  return { id, error, control };
}

/** A text input, or with `rows` a textarea. */
export function TextField({
  name,
  label,
  options,
  rows,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement> & { rows?: number; hint?: string }) {
  const { id, error, control } = useFormField({ name, options, hint });
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {rows ? (
        <textarea rows={rows} {...control} className={input.className ?? control.className} />
      ) : (
        <input {...control} {...input} />
      )}
    </Field>
  );
}

/** A select over `choices` (value → label, in order), optionally led by an empty choice. */
export function SelectField({
  name,
  label,
  options,
  choices,
  empty,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    choices: Record<string, string>;
    /** The empty choice; `pick` makes it a prompt that cannot be chosen back. */
    empty?: { label: string; pick?: boolean };
  }) {
  const { id, error, control } = useFormField({ name, options });
  return (
    <Field id={id} label={label} error={error}>
      <select {...control} {...select}>
        {empty ? (
          <option value="" disabled={empty.pick}>
            {empty.label}
          </option>
        ) : null}
        {Object.entries(choices).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({ name, label, hint, options }: FieldProps & { hint?: string }) {
  const { id, error, control } = useFormField({ name, options });
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input type="checkbox" {...control} className="mt-1" />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
          {hint ? <span className="block font-normal text-slate-700">{hint}</span> : null}
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
