/**
 * Take a payment, step 3 "Review": the amount, the method and the date in the words the rep reads to
 * the member before anything is charged, then one Enter on "Take payment". After a failure to reach the
 * backend the same action is resent (it can charge once only) and the details stay locked.
 */
import type { ReactNode } from 'react';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { AmountChoice } from '../../../shared/domain/payment-changes';
import type { PaymentMethod } from '../../../shared/domain/payments';
import { formatMemberName } from '../member/format-member-name';
import { describeAuthority } from '../participation/authorised-by';
import type { ChosenAmount } from './take-payment-draft';
import { sayAmount, sayDate } from './say-amount';
import { sayMethod } from './payment-method-choices';

/** The member, the amount from step 1, the method from step 2, and the Back/Cancel/Confirm buttons. */
export interface TakePaymentReviewStepProps {
  readonly profile: MemberProfile;
  readonly amount: ChosenAmount;
  readonly method: PaymentMethod;
  readonly actions: ReactNode;
}

const CHOICE_WORDS: Readonly<Record<AmountChoice, string>> = {
  current_bill: 'the current bill',
  past_due: 'the past-due balance',
  full_balance: 'the full balance for the plan year',
  other: 'the balance',
};

/** Renders step 3. */
export function TakePaymentReviewStep({ profile, amount, method, actions }: TakePaymentReviewStepProps) {
  const name = formatMemberName(profile.member, 'heading');
  return (
    <>
      <div className="flow-summary">
        <p className="read-aloud">
          &ldquo;I&apos;ll take a payment of {sayAmount(amount.amountCents)} from your {sayMethod(method)} today, {sayDate(profile.asOf)}, toward {CHOICE_WORDS[amount.amountChoice]}. Is that
          right?&rdquo;
        </p>
        <p>
          For {name}; authorised by {describeAuthority(profile, amount.authorizedBy)}. It pays the oldest unpaid bill first.
        </p>
      </div>
      {actions}
    </>
  );
}
