/**
 * A labelled group of radio buttons: the legend names it, each option can carry a hint (why it is
 * disabled, what it means), and the error is an alert tied to the group so it is read on focus.
 */
import { useId, type InputHTMLAttributes } from 'react';

/** One choice; a disabled one stays visible with its hint saying why it cannot be picked. */
export interface RadioOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  readonly isDisabled?: boolean;
}

/** The group's legend, its options, the input props (react-hook-form's `register`), and any error. */
export interface RadioGroupFieldProps {
  readonly legend: string;
  readonly options: readonly RadioOption[];
  readonly inputProps: InputHTMLAttributes<HTMLInputElement> & { readonly name: string };
  readonly error?: string | undefined;
}

/** Renders the radio group. */
export function RadioGroupField({ legend, options, inputProps, error }: RadioGroupFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="field-group"
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend id={`${id}-legend`} className="field-label">
        {legend}
      </legend>
      {options.map((option, index) => {
        const hintId = `${id}-hint-${index}`;
        return (
          <div key={option.value} className="choice">
            <label className={option.isDisabled ? 'choice-label choice-disabled' : 'choice-label'}>
              <input type="radio" value={option.value} disabled={option.isDisabled} aria-describedby={option.hint ? hintId : undefined} {...inputProps} />
              {option.label}
            </label>
            {option.hint ? (
              <span id={hintId} className="field-hint">
                {option.hint}
              </span>
            ) : null}
          </div>
        );
      })}
      {error ? (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
