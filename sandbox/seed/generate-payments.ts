/**
 * What members paid toward their bills and how: autopay drafts, phone and web payments, mailed checks,
 * the occasional late, partial, returned or missing payment — so bill statuses in the profile show
 * every state a rep meets.
 */
import type { Autopay, Payment, PaymentMethod } from '../../shared/domain/payments';
import type { Schedule } from '../../shared/m3p/calculate-schedule';
import { billDates } from '../billing/bill-dates';
import { isoDates } from '../calendar/iso-dates';
import type { Random } from './create-random';
import type { IdentifierFactory } from './create-identifier-factory';
import { generatePaymentMethod, labelPaymentMethod, oneTimeCardLabel } from './generate-payment-methods';
import type { ParticipationStory } from './generate-participation';
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

type Draft = Omit<SeedPayment, 'id' | 'confirmationNumber'>;

const NOT_ENROLLED: Autopay = { isEnrolled: false, methodId: null, dayOfMonth: null, enrolledOn: null };

function setUpMethods(random: Random, ids: IdentifierFactory, habit: PayerHabit, planYear: number): PaymentMethod[] {
  const primaryKind = habit === 'autopay' ? (random.chance(0.6) ? 'bank' : 'card') : random.chance(0.7) ? 'card' : 'bank';
  if (habit !== 'autopay' && random.chance(0.35)) return [];
  const methods = [generatePaymentMethod(random, ids, { kind: primaryKind, isDefault: true, planYear })];
  if (random.chance(0.2)) methods.push(generatePaymentMethod(random, ids, { kind: 'card', isDefault: false, planYear, isExpired: random.chance(0.4) }));
  return methods;
}

/** When a non-autopay member pays a bill, and how much of it; null when they skip it. */
function manualPayment(random: Random, habit: PayerHabit, billCents: number, issuedOn: string, dueOn: string): { on: string; cents: number } | null {
  const onTime = () => isoDates.addDays(issuedOn, random.int(2, 22));
  const late = () => isoDates.addDays(dueOn, random.int(3, 40));
  if (habit === 'late') return random.chance(0.7) ? { on: onTime(), cents: billCents } : { on: late(), cents: billCents };
  if (habit !== 'struggling') return { on: onTime(), cents: billCents };
  const roll = random.next();
  if (roll < 0.35) return { on: onTime(), cents: billCents };
  if (roll < 0.6) return { on: onTime(), cents: Math.max(100, Math.floor((billCents * random.int(40, 80)) / 10_000) * 100) };
  return roll < 0.8 ? { on: late(), cents: billCents } : null;
}

/** Generates methods, autopay and payments for every issued bill of every participation period. */
export function generatePayments(
  random: Random, ids: IdentifierFactory, asOf: string, story: ParticipationStory, schedules: ReadonlyMap<number, Schedule>,
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
  let checkNumber = random.int(1001, 4800);
  const drafts: Draft[] = [];
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
      const paid = isDrafted
        ? { on: draftOn, cents: bill.billCents }
        : manualPayment(random, habit, bill.billCents, billDates.issuedOn(planYear, month), billDates.dueOn(planYear, month));
      if (!paid || paid.on > asOf) continue;
      const source = isDrafted ? 'autopay' : random.weighted(primary ? [['phone', 40], ['web', 40], ['mail', 20]] as const : [['phone', 45], ['mail', 55]] as const);
      const methodLabel = source === 'mail' ? `Check #${(checkNumber += 1)}` : primary ? labelPaymentMethod(primary) : oneTimeCardLabel(random);
      const isBank = primary?.kind === 'bank' && source !== 'mail';
      const status: Payment['status'] = paid.on >= isoDates.addDays(asOf, -1) ? 'pending' : isBank && random.chance(0.03) ? 'returned' : 'posted';
      const appliesTo = { planYear, month };
      drafts.push({ postedOn: paid.on, amountCents: paid.cents, methodLabel, source, status, appliesTo });
      const retryOn = isoDates.addDays(paid.on, random.int(5, 12));
      if (status === 'returned' && retryOn <= asOf) {
        drafts.push({ postedOn: retryOn, amountCents: paid.cents, methodLabel, source: 'phone', status: retryOn >= isoDates.addDays(asOf, -1) ? 'pending' : 'posted', appliesTo });
      }
    }
  }
  drafts.sort((a, b) => (a.postedOn < b.postedOn ? -1 : a.postedOn > b.postedOn ? 1 : 0));
  const payments = drafts.map((draft) => ({ id: `PAY${String(ids.serial('payment')).padStart(9, '0')}`, confirmationNumber: ids.confirmationNumber('PAY'), ...draft }));
  return { habit, methods, autopay, payments };
}
