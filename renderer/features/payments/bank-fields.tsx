/**
 * The bank account fields: ABA routing number (its checksum shown live), account number, and checking
 * or savings. Off for the browser's autofill; the values live in the form's local state alone.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { CreateTokenRequest } from '../../../shared/api/processor-routes';
import { RadioGroupField } from '../../ui/radio-group-field';
import { TextField } from '../../ui/text-field';
import { describeRoutingNumber, type MethodDraft } from './add-method-draft';

/** The new-method form. */
export interface BankFieldsProps {
  readonly form: UseFormReturn<MethodDraft, unknown, CreateTokenRequest>;
}

const PRIVATE = { autoComplete: 'off', autoCorrect: 'off', spellCheck: false, 'data-1p-ignore': true, 'data-lpignore': 'true' } as const;
const ACCOUNT_TYPES = [
  { value: 'checking', label: 'Checking' },
  { value: 'savings', label: 'Savings' },
];

/** Renders the bank fields. */
export function BankFields({ form }: BankFieldsProps) {
  const { register, control, formState } = form;
  const { errors } = formState;
  const live = describeRoutingNumber(useWatch({ control, name: 'routingNumber' }));
  return (
    <>
      <TextField
        label="Routing number"
        inputProps={{ ...PRIVATE, inputMode: 'numeric', maxLength: 11, ...register('routingNumber') }}
        hint={<span className={live.isBad ? 'field-hint-bad' : undefined}>{live.hint}</span>}
        error={errors.routingNumber?.message}
      />
      <TextField label="Account number" inputProps={{ ...PRIVATE, inputMode: 'numeric', maxLength: 20, ...register('accountNumber') }} error={errors.accountNumber?.message} />
      <RadioGroupField legend="Account type" options={ACCOUNT_TYPES} inputProps={register('accountType')} />
    </>
  );
}
