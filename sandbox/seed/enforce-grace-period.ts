/**
 * The involuntary-termination rule applied to the seed (DOMAIN.md, "Non-payment"): a participation still
 * open when a bill's grace period ends with the ledger short of that bill ends on the grace period's last
 * day, reason non-payment, processed the next day. The ledger settles the oldest bill first, so a member
 * is behind on bill m exactly when everything paid by its grace end is less than every bill up to m.
 */
import type { Schedule } from '../../shared/m3p/calculate-schedule';
import { billDates } from '../billing/bill-dates';
import { isoDates } from '../calendar/iso-dates';
import type { EventFactory } from './create-event-factory';
import type { ParticipationStory } from './generate-participation';
import type { SeedPayment } from './seed-member-record';

/** A bill left unpaid past its grace period. */
export interface GraceFailure {
  readonly planYear: number;
  readonly month: number;
  readonly graceEndsOn: string;
}

/** The first as-of-year bill whose grace period ended before the business date unpaid, or null. */
export function findGraceFailure(asOf: string, schedule: Schedule | undefined, payments: readonly SeedPayment[]): GraceFailure | null {
  const planYear = isoDates.yearOf(asOf);
  let billed = 0;
  for (const bill of schedule?.months ?? []) {
    const graceEndsOn = billDates.graceEndsOn(planYear, bill.month);
    if (graceEndsOn >= asOf) break;
    billed += bill.billCents;
    if (bill.billCents === 0) continue;
    const paid = payments
      .filter((p) => p.ledgerYear === planYear && p.status !== 'returned' && p.postedOn <= graceEndsOn)
      .reduce((sum, p) => sum + p.amountCents, 0);
    if (paid < billed) return { planYear, month: bill.month, graceEndsOn };
  }
  return null;
}

/**
 * The story ended for non-payment at `graceEndsOn`, or null when the as-of year's participation had
 * already ended by then (an opt-out, a plan change: the rule no longer applies). Events after the grace
 * end are dropped; a later death or plan change still happens.
 */
export function terminateForNonpayment(story: ParticipationStory, events: EventFactory, failure: GraceFailure): ParticipationStory | null {
  const { planYear } = failure;
  const period = story.periods.find((p) => p.planYear === planYear);
  if (!period || (period.endsOn !== null && period.endsOn <= failure.graceEndsOn)) return null;
  const terminated = events.event(planYear, 'terminated', isoDates.addDays(failure.graceEndsOn, 1), { effectiveOn: failure.graceEndsOn, reasonCode: 'TRM-NONPAYMENT' });
  return {
    participation: {
      status: 'terminated', planYear, effectiveOn: period.effectiveOn, endsOn: failure.graceEndsOn, optInChannel: story.participation.optInChannel,
      confirmationNumber: terminated.confirmationNumber, terminationReason: 'involuntary_nonpayment',
    },
    events: [...story.events.filter((e) => e.occurredOn <= failure.graceEndsOn), terminated],
    periods: story.periods.map((p) => (p.planYear === planYear ? { ...p, endsOn: failure.graceEndsOn } : p)),
    deathOn: story.deathOn,
    planChangeOn: story.planChangeOn,
    missedFrom: { planYear, month: failure.month },
  };
}
