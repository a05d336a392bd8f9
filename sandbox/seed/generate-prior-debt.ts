/**
 * A past plan year the member left owing: they opted in, stopped paying, and were terminated for
 * non-payment with the balance never paid. The sandbox keeps no claims for that year, so the unpaid
 * amount is stored with the year's participation, where preclusion (a client's rule) reads it.
 */
import type { ParticipationEvent } from '../../shared/domain/participation';
import { isoDates } from '../calendar/iso-dates';
import type { EventFactory } from './create-event-factory';
import type { Random } from './create-random';
import type { SeedParticipation } from './seed-member-record';

/** The past year's participation and the events that tell its story, oldest first. */
export interface PriorDebt {
  readonly participation: SeedParticipation;
  readonly events: readonly ParticipationEvent[];
}

/**
 * Opt-in by the end of May, a bill for month u never paid (u up to September), participation ended on
 * the last day of u+2 and processed on the 1st of u+3 (the grace period of 42 CFR 423.137). Null when
 * coverage began too late in the year for that story.
 */
export function generatePriorDebt(random: Random, events: EventFactory, planYear: number, coverageStart: string): PriorDebt | null {
  const from = isoDates.max(`${planYear}-01-02`, coverageStart);
  const latest = `${planYear}-05-31`;
  if (from > latest) return null;
  const channel = random.weighted([['phone', 60], ['web', 25], ['mail', 15]] as const);
  const opt = events.optIn(isoDates.addDays(from, random.int(0, isoDates.daysBetween(from, latest))), channel, planYear);
  const missed = random.int(isoDates.monthOf(opt.effectiveOn), 9);
  const endsOn = isoDates.lastDayOfMonth(planYear, missed + 2);
  const terminated = events.event(planYear, 'terminated', isoDates.dateOf(planYear, missed + 3, 1), { effectiveOn: endsOn, reasonCode: 'TRM-NONPAYMENT' });
  return {
    participation: {
      status: 'terminated', planYear, effectiveOn: opt.effectiveOn, endsOn, optInChannel: channel,
      confirmationNumber: terminated.confirmationNumber, terminationReason: 'involuntary_nonpayment', priorUnpaidCents: random.int(4_000, 60_000),
    },
    events: [...opt.events, terminated],
  };
}
