/**
 * Resolve an overpayment, step 1: the overpaid amount, the request type (a refund to the member, a
 * premium transfer, a pharmacy transfer) with its own sub-form swapped in, the amount (at most the
 * overpayment) and who authorised it; above the client's threshold it says a team lead must approve.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { ClientRules } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { RefundRequest } from '../../../shared/domain/payment-changes';
import { formatCents } from '../../../shared/lib/money';
import { RadioGroupField } from '../../ui/radio-group-field';
import { TextField } from '../../ui/text-field';
import { DOMAIN_LABELS } from '../domains/domain-labels';
import { StepButtons } from '../flows/step-buttons';
import { submitOnEnter } from '../flows/submit-on-enter';
import { authorisedByOptions } from '../participation/authorised-by';
import { parseDollarsToCents } from '../what-if/parse-dollars-to-cents';
import type { OverpaymentDraft } from './overpayment-draft';
import { RefundSubForm } from './refund-sub-form';

/** The flow's form, the member, the client's rules (null while loading), and where the buttons go. */
export interface OverpaymentDetailsStepProps {
  readonly form: UseFormReturn<OverpaymentDraft, unknown, RefundRequest>;
  readonly profile: MemberProfile;
  readonly rules: ClientRules | null;
  readonly onContinue: (request: RefundRequest) => void;
  readonly onCancel: () => void;
}

const KIND_OPTIONS = (['member_refund', 'premium_transfer', 'pharmacy_transfer'] as const).map((kind) => ({ value: kind, label: DOMAIN_LABELS.refundKind[kind] }));

/** Renders step 1. */
export function OverpaymentDetailsStep({ form, profile, rules, onContinue, onCancel }: OverpaymentDetailsStepProps) {
  const { register, handleSubmit, control, formState } = form;
  const { errors } = formState;
  const [kind, amount] = useWatch({ control, name: ['kind', 'amount'] });
  const parsed = parseDollarsToCents(amount);
  const threshold = rules?.refundApprovalThresholdCents ?? null;
  const needsApproval = threshold !== null && parsed.ok && parsed.cents > threshold;
  return (
    <form className="flow-form" noValidate onSubmit={handleSubmit(onContinue)} onKeyDown={submitOnEnter}>
      <p className="overpayment-amount">
        Overpaid: <strong>{formatCents(profile.payments.overpaymentCents)}</strong>
      </p>
      <RadioGroupField legend="Request type" options={KIND_OPTIONS} inputProps={register('kind')} />
      <RefundSubForm form={form} profile={profile} kind={kind} />
      <TextField
        label="Amount"
        inputProps={{ inputMode: 'decimal', ...register('amount') }}
        hint={needsApproval ? `Above ${formatCents(threshold)}: a team lead will need to approve it.` : `Up to ${formatCents(profile.payments.overpaymentCents)}.`}
        error={errors.amount?.message}
      />
      <RadioGroupField legend="Authorised by" options={authorisedByOptions(profile)} inputProps={register('authorizedBy')} error={errors.authorizedBy?.message} />
      <StepButtons onCancel={onCancel} />
    </form>
  );
}
