/** A labelled drop-down with an optional hint, for short fixed lists (months, plan years). */
import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

/** One option of the list. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** The visible label, the options, the select props (react-hook-form's `register`) and a hint. */
export interface SelectFieldProps {
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly selectProps: SelectHTMLAttributes<HTMLSelectElement>;
  readonly hint?: ReactNode;
}

/** Renders the field. */
export function SelectField({ label, options, selectProps, hint }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...selectProps}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
