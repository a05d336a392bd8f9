/**
 * The fields of the chosen overpayment resolution, swapped in when the request type changes: where a
 * refund goes (a saved method, or a check to the address on file), the premium month a transfer pays,
 * or the pharmacy's NPI and claim reference.
 */
import type { UseFormReturn } from 'react-hook-form';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { RefundRequest } from '../../../shared/domain/payment-changes';
import type { RefundKind } from '../../../shared/domain/refunds';
import { RadioGroupField } from '../../ui/radio-group-field';
import { TextField } from '../../ui/text-field';
import { CHECK, type OverpaymentDraft } from './overpayment-draft';
import { describeMethod } from './payment-method-choices';

/** The form, the member (methods and address on file), and which sub-form to show. */
export interface RefundSubFormProps {
  readonly form: UseFormReturn<OverpaymentDraft, unknown, RefundRequest>;
  readonly profile: MemberProfile;
  readonly kind: RefundKind;
}

/** "12 Elm St, Springfield, IL 62701". */
function addressOnFile(profile: MemberProfile): string {
  const { line1, line2, city, state, zip } = profile.member.address;
  return [line1, line2, `${city}, ${state} ${zip}`].filter(Boolean).join(', ');
}

/** Renders the sub-form for `kind`. */
export function RefundSubForm({ form, profile, kind }: RefundSubFormProps) {
  const { register, formState } = form;
  const { errors } = formState;
  if (kind === 'member_refund') {
    const options = [
      ...profile.payments.methods.map((method) => ({ value: method.id, label: `Back to ${describeMethod(method)}` })),
      { value: CHECK, label: 'A check to the address on file', hint: addressOnFile(profile) },
    ];
    return <RadioGroupField legend="Refund to" options={options} inputProps={register('destination')} error={errors.destination?.message} />;
  }
  if (kind === 'premium_transfer') {
    return (
      <TextField
        label="Premium period (YYYY-MM)"
        inputProps={{ inputMode: 'numeric', maxLength: 7, placeholder: 'YYYY-MM', ...register('premiumPeriod') }}
        hint="The month of the member's Medicare premium the money pays."
        error={errors.premiumPeriod?.message}
      />
    );
  }
  return (
    <>
      <TextField label="Pharmacy NPI" inputProps={{ inputMode: 'numeric', maxLength: 12, ...register('pharmacyNpi') }} hint="Ten digits; the last is a check digit." error={errors.pharmacyNpi?.message} />
      <TextField label="Claim reference" inputProps={{ maxLength: 40, ...register('claimReference') }} hint="The pharmacy's claim or receipt number the money settles." error={errors.claimReference?.message} />
    </>
  );
}
