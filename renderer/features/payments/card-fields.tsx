/**
 * The card fields: number (brand and the card check shown live as the member reads it), expiry,
 * security code and billing ZIP. Off for the browser's autofill and password manager, and the security
 * code masked on screen; the values live in the form's local state alone.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { CreateTokenRequest } from '../../../shared/api/processor-routes';
import { detectCardBrand } from '../../../shared/lib/detect-card-brand';
import { TextField } from '../../ui/text-field';
import { describeCardNumber, type MethodDraft } from './add-method-draft';

/** The new-method form. */
export interface CardFieldsProps {
  readonly form: UseFormReturn<MethodDraft, unknown, CreateTokenRequest>;
}

/** Fields no browser feature may keep: no autocomplete, no spell check, no password manager. */
const PRIVATE = { autoComplete: 'off', autoCorrect: 'off', spellCheck: false, 'data-1p-ignore': true, 'data-lpignore': 'true' } as const;

/** Renders the card fields. */
export function CardFields({ form }: CardFieldsProps) {
  const { register, control, formState } = form;
  const { errors } = formState;
  const number = useWatch({ control, name: 'number' });
  const live = describeCardNumber(number);
  const brand = detectCardBrand(number.replace(/[\s-]/g, ''));
  return (
    <>
      <TextField
        label="Card number"
        inputProps={{ ...PRIVATE, inputMode: 'numeric', maxLength: 23, ...register('number') }}
        hint={<span className={live.isBad ? 'field-hint-bad' : undefined}>{live.hint}</span>}
        error={errors.number?.message}
      />
      <div className="field-row">
        <TextField label="Expiry (MM/YY)" inputProps={{ ...PRIVATE, inputMode: 'numeric', maxLength: 7, placeholder: 'MM/YY', ...register('expiry') }} error={errors.expiry?.message} />
        <TextField
          label="Security code"
          className="field-secret"
          inputProps={{ ...PRIVATE, inputMode: 'numeric', maxLength: 4, ...register('securityCode') }}
          hint={brand ? `${brand.securityCodeLength} digits for ${brand.name}` : '3 digits (4 for American Express)'}
          error={errors.securityCode?.message}
        />
        <TextField label="Billing ZIP code" inputProps={{ ...PRIVATE, inputMode: 'numeric', maxLength: 10, ...register('postalCode') }} error={errors.postalCode?.message} />
      </div>
    </>
  );
}
