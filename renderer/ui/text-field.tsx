/**
 * One labelled input (text, date, money) with an optional hint and an error that is both an alert
 * and the input's description, so it is announced when it appears and again on focus.
 */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** The visible label, the input props (react-hook-form's `register` plus type, min, max…), hint and error. */
export interface TextFieldProps {
  readonly label: string;
  readonly inputProps: InputHTMLAttributes<HTMLInputElement>;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly className?: string;
}

/** Renders the field. */
export function TextField({ label, inputProps, hint, error, className }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} type="text" autoComplete="off" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...inputProps} />
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
