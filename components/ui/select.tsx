import type { ComponentProps } from 'react';
import { cx } from './class-names';
import { inputClass } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = Omit<ComponentProps<'select'>, 'children'> & {
  options: readonly SelectOption[];
  /** A first, empty choice such as "Any" (value ""). */
  placeholder?: string;
};

/** A native select (keyboard, type-ahead and mobile pickers come free); label it with <label htmlFor> or aria-label. */
export function Select({ options, placeholder, className, ...props }: SelectProps) {
  return (
    <select className={cx(inputClass, className)} {...props}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
