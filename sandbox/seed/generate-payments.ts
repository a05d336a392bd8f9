/**
 * What members paid toward their bills and how: autopay drafts, phone and web payments, mailed checks,
 * the occasional late, partial, returned or duplicate payment — so bill statuses in the profile show
 * every state a rep meets. Money counts toward its plan year's ledger (oldest bill first); members who
 * fall behind catch up within the grace period, except the non-payment stories (and the rare returned
 * payment retried too late), which the seed then terminates (enforce-grace-period.ts).
 */
import type { Autopay, Payment, PaymentMethod } from '../../shared/domain/payments';
import type { Schedule } from '../../shared/m3p/calculate-schedule';
import { billDates } from '../billing/bill-dates';
import type { BillableClaim } from '../billing/build-schedule-input';
import { isoDates } from '../calendar/iso-dates';
import type { Random } from './create-random';
import type { IdentifierFactory } from './create-identifier-factory';
import { generatePaymentMethod, labelPaymentMethod, oneTimeCardLabel } from './generate-payment-methods';
import type { ParticipationStory } from './generate-participation';
import { planPayoff } from './plan-payoff';
import type { SeedPayment } from './seed-member-record';

/** How a member pays, which decides when and whether each bill gets paid. */
export type PayerHabit = 'autopay' | 'prompt' | 'late' | 'struggling';

/** A member's methods, autopay enrolment and payments. */
export interface PaymentsResult {
  readonly habit: PayerHabit | null;
  readonly methods: PaymentMethod[];
  readonly autopay: Autopay;
  /** Oldest first. */
  readonly payments: SeedPayment[];
}

/** A payment before its id and confirmation number. */
export type PaymentDraft = Omit<SeedPayment, 'id' | 'confirmationNumber'>;

/** Not enrolled in autopay. */
export const NOT_ENROLLED: Autopay = { isEnrolled: false, methodId: null, dayOfMonth: null, enrolledOn: null };

function setUpMethods(random: Random, ids: IdentifierFactory, habit: PayerHabit, planYear: number): PaymentMethod[] {
  const primaryKind = habit === 'autopay' ? (random.chance(0.6) ? 'bank' : 'card') : random.chance(0.7) ? 'card' : 'bank';
  if (habit !== 'autopay' && random.chance(0.35)) return [];
  const methods = [generatePaymentMethod(random, ids, { kind: primaryKind, isDefault: true, planYear })];
  if (random.chance(0.2)) methods.push(generatePaymentMethod(random, ids, { kind: 'card', isDefault: false, planYear, isExpired: random.chance(0.4) }));
  return methods;
}

interface Part { readonly on: string; readonly cents: number }
interface BillDays { readonly issuedOn: string; readonly dueOn: string; readonly graceEndsOn: string }

/**
 * When a non-autopay member pays a bill, in one part or two. Late means after the due date but inside
 * the grace period; a partial payment is followed by the rest, late.
 */
function manualPayments(random: Random, habit: PayerHabit, billCents: number, days: BillDays): Part[] {
  const onTime = () => isoDates.addDays(days.issuedOn, random.int(2, 22));
  const late = () => isoDates.addDays(days.dueOn, random.int(3, isoDates.daysBetween(days.dueOn, days.graceEndsOn) - 1));
  if (habit === 'late') return [{ on: random.chance(0.7) ? onTime() : late(), cents: billCents }];
  if (habit !== 'struggling') return [{ on: onTime(), cents: billCents }];
  const roll = random.next();
  if (roll < 0.35) return [{ on: onTime(), cents: billCents }];
  if (roll < 0.6) {
    const part = Math.min(billCents, Math.max(100, Math.floor((billCents * random.int(40, 80)) / 10_000) * 100));
    return part < billCents ? [{ on: onTime(), cents: part }, { on: late(), cents: billCents - part }] : [{ on: onTime(), cents: billCents }];
  }
  return [{ on: late(), cents: billCents }];
}

/** Generates methods, autopay and payments for every issued bill of every participation period. */
export function generatePayments(
  random: Random, ids: IdentifierFactory, asOf: string, story: ParticipationStory, schedules: ReadonlyMap<number, Schedule>, claims: readonly BillableClaim[],
): PaymentsResult {
  const firstPeriod = story.periods[0];
  if (!firstPeriod) return { habit: null, methods: [], autopay: NOT_ENROLLED, payments: [] };
  // A member on autopay never misses a draft, so a non-payment story is never an autopay one.
  const habit = random.weighted([['autopay', story.missedFrom ? 0 : 30], ['prompt', 45], ['late', 15], ['struggling', 10]] as const);
  const methods = setUpMethods(random, ids, habit, isoDates.yearOf(asOf));
  const primary = methods[0];
  // Autopay ends with a participation that ended in an earlier plan year: every bill of it is long due.
  const isCurrent = story.participation.planYear === isoDates.yearOf(asOf);
  const autopay: Autopay = habit === 'autopay' && primary && isCurrent
    ? { isEnrolled: true, methodId: primary.id, dayOfMonth: random.int(1, 20), enrolledOn: isoDates.min(asOf, isoDates.addDays(firstPeriod.effectiveOn, random.int(0, 45))) }
    : NOT_ENROLLED;
  // A finished participation's autopay still drafted its bills while it lasted.
  const autopayDay = autopay.dayOfMonth ?? (habit === 'autopay' ? random.int(1, 20) : null);
  const autopayFrom = autopay.enrolledOn ?? isoDates.addDays(firstPeriod.effectiveOn, random.int(0, 45));
  const payoffOn = habit === 'prompt' && primary && isCurrent && story.participation.status === 'active' && random.chance(0.08)
    ? isoDates.addDays(asOf, -random.int(14, 40)) : null;
  let checkNumber = random.int(1001, 4800);
  const nextCheck = () => `Check #${(checkNumber += 1)}`;
  const drafts: PaymentDraft[] = [];
  for (const period of story.periods) {
    const schedule = schedules.get(period.planYear);
    for (const bill of schedule?.months ?? []) {
      const { planYear } = period;
      const month = bill.month;
      if (bill.billCents === 0 || !billDates.isIssued(planYear, month, asOf)) continue;
      const missed = story.missedFrom;
      if (missed && (planYear > missed.planYear || (planYear === missed.planYear && month >= missed.month))) continue;
      if (story.deathOn && billDates.issuedOn(planYear, month) > story.deathOn) continue;
      const draftOn = habit === 'autopay' && autopayDay ? isoDates.dateOf(planYear, month + 1, autopayDay) : null;
      const isDrafted = draftOn !== null && autopayFrom <= draftOn;
      const days = { issuedOn: billDates.issuedOn(planYear, month), dueOn: billDates.dueOn(planYear, month), graceEndsOn: billDates.graceEndsOn(planYear, month) };
      const parts = isDrafted ? [{ on: draftOn, cents: bill.billCents }] : manualPayments(random, habit, bill.billCents, days);
      for (const paid of parts) {
        if (paid.on > asOf || (payoffOn !== null && paid.on > payoffOn)) continue;
        const source = isDrafted ? 'autopay' : random.weighted(primary ? [['phone', 40], ['web', 40], ['mail', 20]] as const : [['phone', 45], ['mail', 55]] as const);
        const methodLabel = source === 'mail' ? nextCheck() : primary ? labelPaymentMethod(primary) : oneTimeCardLabel(random);
        const methodId = source !== 'mail' && primary ? primary.id : null;
        const isBank = primary?.kind === 'bank' && source !== 'mail';
        const status: Payment['status'] = paid.on >= isoDates.addDays(asOf, -1) ? 'pending' : isBank && random.chance(0.03) ? 'returned' : 'posted';
        const base = { amountCents: paid.cents, methodLabel, methodId, ledgerYear: planYear, appliesTo: { planYear, month } };
        drafts.push({ ...base, postedOn: paid.on, source, status });
        const retryOn = isoDates.addDays(paid.on, random.int(5, 12));
        if (status === 'returned' && retryOn <= asOf) {
          drafts.push({ ...base, postedOn: retryOn, source: 'phone', status: retryOn >= isoDates.addDays(asOf, -1) ? 'pending' : 'posted' });
        }
      }
    }
  }
  if (payoffOn && primary) drafts.push(...planPayoff(random, { asOf, payoffOn, planYear: isoDates.yearOf(asOf), claims, drafts, method: primary, checkLabel: nextCheck() }));
  drafts.sort((a, b) => (a.postedOn < b.postedOn ? -1 : a.postedOn > b.postedOn ? 1 : 0));
  const payments = drafts.map((draft) => ({ id: `PAY${String(ids.serial('payment')).padStart(9, '0')}`, confirmationNumber: ids.confirmationNumber('PAY'), ...draft }));
  return { habit, methods, autopay, payments };
}
