/**
 * The seed's overpayments: a member pays the whole plan-year balance online, then a mailed check arrives
 * for the same amount, for their last bill again, or a small one — the duplicate a refund, a premium transfer or a
 * pharmacy transfer then resolves. The payoff settles every bill and the unbilled balance as of its
 * day; what the duplicate leaves after the fills since is the overpayment the profile shows (large for
 * a repeated payoff, bill-sized for a repeated bill, so both sides of a client's approval threshold).
 */
import type { PaymentMethod } from '../../shared/domain/payments';
import type { BillableClaim } from '../billing/build-schedule-input';
import { isoDates } from '../calendar/iso-dates';
import type { Random } from './create-random';
import { labelPaymentMethod } from './generate-payment-methods';
import type { PaymentDraft } from './generate-payments';

/** What a payoff is computed from. */
export interface PayoffInput {
  readonly asOf: string;
  readonly payoffOn: string;
  readonly planYear: number;
  readonly claims: readonly BillableClaim[];
  /** The member's payments so far (any plan year). */
  readonly drafts: readonly PaymentDraft[];
  readonly method: PaymentMethod;
  readonly checkLabel: string;
}

/** The payoff and its duplicate check; none when nothing was owed on the payoff day. */
export function planPayoff(random: Random, input: PayoffInput): PaymentDraft[] {
  const { planYear, payoffOn } = input;
  const incurred = input.claims
    .filter((c) => c.isBilledByM3p && isoDates.yearOf(c.fillDate) === planYear && c.fillDate <= payoffOn)
    .reduce((sum, c) => sum + c.costSharingCents, 0);
  const paid = input.drafts
    .filter((d) => d.ledgerYear === planYear && d.status !== 'returned' && d.postedOn <= payoffOn)
    .reduce((sum, d) => sum + d.amountCents, 0);
  const owed = incurred - paid;
  if (owed <= 0) return [];
  const base = { amountCents: owed, ledgerYear: planYear, appliesTo: null, status: 'posted' as const };
  const payoff: PaymentDraft = { ...base, postedOn: payoffOn, source: 'web', methodLabel: labelPaymentMethod(input.method), methodId: input.method.id };
  const checkOn = isoDates.addDays(payoffOn, random.int(4, 9));
  const lastBill = [...input.drafts].reverse().find((d) => d.ledgerYear === planYear && d.appliesTo !== null && d.status === 'posted');
  const roll = random.next();
  // The payoff again, the last bill again, or an old small check that arrives after everything was paid.
  const duplicateCents = roll < 0.4 || !lastBill ? owed : roll < 0.7 ? lastBill.amountCents : random.int(1_000, 4_500);
  if (checkOn > isoDates.addDays(input.asOf, -2)) return [payoff];
  return [payoff, { ...base, amountCents: duplicateCents, postedOn: checkOn, source: 'mail', methodLabel: input.checkLabel, methodId: null }];
}
