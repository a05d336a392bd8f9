/**
 * Take a payment, step 1 "Amount": the current bill, what is past due, the full balance or another
 * amount, with each unpaid bill's due date, failure-to-pay notice and grace-period end beside it, and
 * who authorised the payment. The current bill by the member is preselected: Enter continues.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { formatCents } from '../../../shared/lib/money';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { Money } from '../../ui/money';
import { RadioGroupField, type RadioOption } from '../../ui/radio-group-field';
import { TextField } from '../../ui/text-field';
import { monthName } from '../billing/explain-bill';
import { StepButtons } from '../flows/step-buttons';
import { submitOnEnter } from '../flows/submit-on-enter';
import { authorisedByOptions } from '../participation/authorised-by';
import { describeBillStanding, type PaymentAmounts, type UnpaidBill } from './payment-amounts';
import type { AmountDraft, ChosenAmount } from './take-payment-draft';

/** The step's form, the member, the amounts read from their bills, a notice from a later step, and where the buttons go. */
export interface TakePaymentAmountStepProps {
  readonly form: UseFormReturn<AmountDraft, unknown, ChosenAmount>;
  readonly profile: MemberProfile;
  readonly amounts: PaymentAmounts;
  /** Why the rep is back here (the backend said the amount is wrong); null otherwise. */
  readonly notice: string | null;
  readonly onContinue: (chosen: ChosenAmount) => void;
  readonly onCancel: () => void;
}

function amountOptions(amounts: PaymentAmounts, asOf: string): RadioOption[] {
  const current = amounts.currentBill;
  return [
    current
      ? { value: 'current_bill', label: `Current bill (${monthName(current.month)}): ${formatCents(current.owedCents)}`, hint: describeBillStanding(current, asOf) }
      : { value: 'current_bill', label: 'Current bill', isDisabled: true, hint: 'No bill is due right now.' },
    amounts.pastDueCents > 0
      ? { value: 'past_due', label: `Past due: ${formatCents(amounts.pastDueCents)}`, hint: 'Paid to the oldest bill first.' }
      : { value: 'past_due', label: 'Past due', isDisabled: true, hint: 'Nothing is past due.' },
    { value: 'full_balance', label: `Full balance: ${formatCents(amounts.fullBalanceCents)}`, hint: 'Everything owed for the plan year, billed and not yet billed.' },
    { value: 'other', label: 'Another amount' },
  ];
}

/** Renders step 1. */
export function TakePaymentAmountStep({ form, profile, amounts, notice, onContinue, onCancel }: TakePaymentAmountStepProps) {
  const { register, handleSubmit, control, formState } = form;
  const { errors } = formState;
  const choice = useWatch({ control, name: 'amountChoice' });
  const columns: readonly DataColumn<UnpaidBill>[] = [
    { header: 'Bill', render: (bill) => `${monthName(bill.month)} ${profile.billing?.planYear ?? ''}` },
    { header: 'Owed', isNumeric: true, render: (bill) => <Money cents={bill.owedCents} /> },
    { header: 'Due', render: (bill) => <DateText iso={bill.dueOn} /> },
    { header: 'Standing', isWide: true, render: (bill) => describeBillStanding(bill, profile.asOf) },
  ];
  return (
    <form className="flow-form" noValidate onSubmit={handleSubmit(onContinue)} onKeyDown={submitOnEnter}>
      {notice ? (
        <div role="alert" className="alert-error">
          <p>{notice}</p>
        </div>
      ) : null}
      <RadioGroupField legend="Amount" options={amountOptions(amounts, profile.asOf)} inputProps={register('amountChoice')} error={errors.amountChoice?.message} />
      {choice === 'other' ? (
        <TextField label="Other amount" inputProps={{ inputMode: 'decimal', placeholder: '0.00', ...register('otherAmount') }} error={errors.otherAmount?.message} hint={`Up to ${formatCents(amounts.fullBalanceCents)}.`} />
      ) : null}
      <DataTable caption="Unpaid bills" columns={columns} rows={amounts.unpaid} rowKey={(bill) => String(bill.month)} emptyText="No issued bill is unpaid." />
      <RadioGroupField legend="Authorised by" options={authorisedByOptions(profile)} inputProps={register('authorizedBy')} error={errors.authorizedBy?.message} />
      <StepButtons onCancel={onCancel} />
    </form>
  );
}
