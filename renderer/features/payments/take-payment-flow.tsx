/**
 * Take a payment, four screens so rep and member agree at every commitment: Amount, Method, Review, and
 * the Confirmation with its number. Paying the current bill with the default saved method is Alt+P and
 * three Enters. The actionId is made when the flow opens and reused by every Confirm, so a double Enter
 * or a retry after a timeout charges once; a decline returns to Method with its reason, nothing charged.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { PAYMENT_DECLINE_CODES } from '../../../shared/api/payment-routes';
import { formatCents } from '../../../shared/lib/money';
import { FlowBlockedNotice } from '../flows/flow-blocked-notice';
import { FlowDialog, type MemberFlowProps } from '../flows/flow-dialog';
import { formatMemberName } from '../member/format-member-name';
import { formatPaymentMethod } from '../domains/format-payment-method';
import { ChangeResult } from '../participation/change-result';
import { ChangeStatusText, isChangeTaken } from '../participation/change-status';
import { ConfirmActions } from '../participation/confirm-actions';
import { readPaymentAmounts } from './payment-amounts';
import { TakePaymentAmountStep } from './take-payment-amount-step';
import { amountDefaults, buildAmountSchema, type AmountDraft, type ChosenAmount } from './take-payment-draft';
import { TakePaymentMethodStep } from './take-payment-method-step';
import { TakePaymentReviewStep } from './take-payment-review-step';
import { usePaymentAction } from './use-payment-action';

const TITLE = 'Take a payment';
const STEPS = ['Amount', 'Method', 'Review', 'Confirmation'] as const;

/** What to offer after each decline, beside the backend's reason. */
const WAY_FORWARD: Readonly<Record<string, string>> = {
  DECLINED_INSUFFICIENT_FUNDS: 'Offer a smaller amount (Back), another method, or a new card.',
  DECLINED_EXPIRED_CARD: 'Add the new card, or choose another method.',
  DECLINED_CLOSED_ACCOUNT: 'Choose another method, or add a new one.',
  DECLINED_DO_NOT_HONOR: 'The member should call their bank; meanwhile another method can be used.',
  METHOD_NOT_FOUND: 'That method is no longer on file: choose another.',
};
const METHOD_CODES = new Set<string>([...PAYMENT_DECLINE_CODES, 'METHOD_NOT_FOUND']);

/** Renders the payment flow for the member on screen. */
export function TakePaymentFlow({ profile, onClose }: MemberFlowProps) {
  // Decided once, when the flow opens: after paying everything there is nothing left, and the result must stay.
  const [canStart] = useState(() => readPaymentAmounts(profile.billing, profile.asOf).fullBalanceCents > 0);
  if (canStart) return <TakePaymentSteps profile={profile} onClose={onClose} />;
  const year = profile.billing?.planYear ?? profile.participation.planYear;
  return <FlowBlockedNotice title={TITLE} lead={`${formatMemberName(profile.member, 'heading')} owes nothing for ${year}, so there is nothing to pay.`} reasons={[]} onClose={onClose} />;
}

function TakePaymentSteps({ profile, onClose }: MemberFlowProps) {
  const [amounts] = useState(() => readPaymentAmounts(profile.billing, profile.asOf));
  const schema = useMemo(() => buildAmountSchema(profile, amounts), [profile, amounts]);
  const form = useForm<AmountDraft, unknown, ChosenAmount>({ defaultValues: amountDefaults(amounts), resolver: zodResolver(schema) });
  const action = usePaymentAction();
  const [amount, setAmount] = useState<ChosenAmount | null>(null);
  const [methodId, setMethodId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ readonly step: 0 | 1; readonly message: string } | null>(null);
  const method = profile.payments.methods.find((m) => m.id === methodId) ?? null;
  const isTaken = isChangeTaken(action.state);
  const stepIndex = isTaken ? 3 : amount && method ? 2 : amount ? 1 : 0;

  async function confirm(chosen: ChosenAmount, id: string): Promise<void> {
    const ended = await action.send((actionId) => ({
      kind: 'take-payment',
      input: { actionId, memberId: profile.member.memberId, request: { ...chosen, methodId: id } },
    }));
    if (ended.status !== 'answered' || ended.outcome.status !== 'refused') return;
    const { code, message } = ended.outcome;
    action.startOver();
    setMethodId(null);
    if (METHOD_CODES.has(code)) return setNotice({ step: 1, message: `${message} ${WAY_FORWARD[code] ?? ''}`.trim() });
    setAmount(null);
    setNotice({ step: 0, message: `${message} Nothing was charged.` });
  }

  function back(): void {
    if (action.state.status === 'answered') action.startOver();
    setNotice(null);
    if (method) setMethodId(null);
    else setAmount(null);
  }

  return (
    <FlowDialog
      title={TITLE}
      steps={STEPS}
      stepIndex={stepIndex}
      hasDraft={!isTaken && (form.formState.isDirty || amount !== null)}
      discardTitle="Discard this payment?"
      status={<ChangeStatusText state={action.state} sending="Taking the payment…" completed="Payment taken." />}
      onClose={onClose}
    >
      {({ requestClose }) => {
        if (stepIndex === 3 && amount && method) {
          return <ChangeResult nextStep={`${formatCents(amount.amountCents)} was charged to ${formatPaymentMethod(method)}.`} onDone={onClose} />;
        }
        if (stepIndex === 2 && amount && method) {
          const actions = <ConfirmActions state={action.state} confirmLabel="Take payment" onConfirm={() => void confirm(amount, method.id)} onBack={back} onCancel={requestClose} />;
          return <TakePaymentReviewStep profile={profile} amount={amount} method={method} actions={actions} />;
        }
        if (stepIndex === 1 && amount) {
          return (
            <TakePaymentMethodStep
              profile={profile}
              chosenId={methodId}
              notice={notice?.step === 1 ? notice.message : null}
              authorizedBy={amount.authorizedBy}
              onContinue={(id) => {
                setNotice(null);
                setMethodId(id);
              }}
              onBack={back}
              onCancel={requestClose}
            />
          );
        }
        return (
          <TakePaymentAmountStep
            form={form}
            profile={profile}
            amounts={amounts}
            notice={notice?.step === 0 ? notice.message : null}
            onContinue={(chosen) => {
              setNotice(null);
              setAmount(chosen);
            }}
            onCancel={requestClose}
          />
        );
      }}
    </FlowDialog>
  );
}
