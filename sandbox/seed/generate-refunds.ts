/**
 * Overpayments and how they were reconciled — back to the member, onto their plan premium, or to a
 * pharmacy — each with the unapplied payment that created the credit, so the money adds up.
 */
import type { Refund } from '../../shared/domain/refunds';
import { isoDates } from '../calendar/iso-dates';
import type { Random } from './create-random';
import type { IdentifierFactory } from './create-identifier-factory';
import type { SeedPayment, SeedRefund } from './seed-member-record';

/** What a refund needs to know about the member. */
export interface RefundContext {
  readonly random: Random;
  readonly ids: IdentifierFactory;
  readonly asOf: string;
  readonly isPdp: boolean;
  /** The member's usual pharmacy as a refund destination names it. */
  readonly pharmacyLabel: string;
}

/** The refunds and the unapplied payments that funded them. */
export interface RefundsResult {
  readonly refunds: SeedRefund[];
  /** The duplicate or overpayment behind each refund, counted in the same plan year's ledger. */
  readonly credits: SeedPayment[];
}

function statusFor(random: Random, requestedOn: string, asOf: string): Refund['status'] {
  if (isoDates.daysBetween(requestedOn, asOf) < 10) return 'requested';
  return random.chance(0.9) ? 'issued' : 'rejected';
}

/** Picks which refunds, if any, this member has; most members have none. */
export function generateRefunds(ctx: RefundContext, payments: readonly SeedPayment[]): RefundsResult {
  const { random, ids, asOf } = ctx;
  const posted = payments.filter((p) => p.status === 'posted' && p.source !== 'autopay');
  const base = posted.length > 0 ? random.pick(posted) : null;
  if (!base) return { refunds: [], credits: [] };
  const roll = random.next();
  const kind = roll < 0.04 ? 'member_refund' : roll < 0.055 && ctx.isPdp ? 'premium_transfer' : roll < 0.075 ? 'pharmacy_transfer' : null;
  if (!kind) return { refunds: [], credits: [] };
  const creditOn = isoDates.min(asOf, isoDates.addDays(base.postedOn, random.int(0, 3)));
  const amountCents = kind === 'member_refund' ? base.amountCents : random.int(5, 80) * 100 + random.int(0, 99);
  const credit: SeedPayment = {
    ...base,
    id: `PAY${String(ids.serial('payment')).padStart(9, '0')}`,
    confirmationNumber: ids.confirmationNumber('PAY'),
    postedOn: creditOn,
    amountCents,
    status: 'posted',
    appliesTo: null,
  };
  const isBackToMethod = kind === 'member_refund' && !base.methodLabel.startsWith('Check');
  const requestedOn = isoDates.min(asOf, isoDates.addDays(creditOn, random.int(2, 12)));
  const destination = kind === 'premium_transfer' ? 'Premium account'
    : kind === 'pharmacy_transfer' ? ctx.pharmacyLabel
    : isBackToMethod ? `Back to ${base.methodLabel}` : 'Check to address on file';
  const refund: SeedRefund = {
    id: `RFD${String(ids.serial('refund')).padStart(9, '0')}`,
    requestedOn,
    kind,
    amountCents,
    status: statusFor(random, requestedOn, asOf),
    destination,
    confirmationNumber: ids.confirmationNumber('RFD'),
    planYear: base.ledgerYear,
    methodId: isBackToMethod ? base.methodId : null,
  };
  return { refunds: [refund], credits: [credit] };
}
