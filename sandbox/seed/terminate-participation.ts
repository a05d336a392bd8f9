/**
 * Ends a participation the four ways members leave M3P: they opt out, they stop paying and the grace
 * period runs out, they change plans, or they die. The balance stays owed in every case.
 */
import type { TerminationReason } from '../../shared/domain/participation';
import type { ReasonCode } from '../../shared/m3p/reason-codes';
import { isoDates } from '../calendar/iso-dates';
import type { Joined, ParticipationStory, StoryContext } from './generate-participation';
import type { StoryPlan } from './pick-story-plan';

interface Ending {
  readonly endsOn: string;
  readonly processedOn: string;
  readonly reason: TerminationReason;
  readonly code: ReasonCode;
  readonly planYear: number;
  readonly extraEvents?: ReturnType<StoryContext['events']['event']>[];
  readonly deathOn?: string;
  readonly planChangeOn?: string;
  readonly missedFrom?: { readonly planYear: number; readonly month: number };
}

/**
 * Non-payment: the grace period ends two calendar months after the first day of the month the unpaid
 * bill was due in, so a bill for month u (due on the 25th of u+1) that is never paid ends participation
 * on the last day of u+2; the system processes it on the 1st of u+3.
 */
function nonpayment(ctx: StoryContext, joined: Joined): Ending | null {
  const year = isoDates.yearOf(ctx.asOf);
  const lastMissable = isoDates.monthOf(ctx.asOf) - 3;
  const bills = ctx.previewBills(year, joined.effectiveOn);
  const candidates: number[] = [];
  for (let month = isoDates.monthOf(joined.effectiveOn); month <= lastMissable; month += 1) {
    if ((bills[month - 1] ?? 0) > 0) candidates.push(month);
  }
  if (candidates.length === 0) return null;
  const month = ctx.random.pick(candidates);
  return {
    endsOn: isoDates.lastDayOfMonth(year, month + 2), processedOn: isoDates.dateOf(year, month + 3, 1),
    reason: 'involuntary_nonpayment', code: 'TRM-NONPAYMENT', planYear: year, missedFrom: { planYear: year, month },
  };
}

function ending(ctx: StoryContext, plan: StoryPlan, joined: Joined): Ending | null {
  const { random, asOf, events } = ctx;
  const year = isoDates.yearOf(asOf);
  const start = joined.effectiveOn;
  switch (plan.category) {
    case 'end_of_year':
      return { endsOn: `${year - 1}-12-31`, processedOn: `${year}-01-01`, reason: 'end_of_plan_year', code: 'TRM-END-OF-YEAR', planYear: year - 1 };
    case 'voluntary': {
      const from = isoDates.addDays(start, 14);
      const to = isoDates.addDays(asOf, -1);
      if (from > to) return null;
      const on = isoDates.addDays(from, random.int(0, isoDates.daysBetween(from, to)));
      const channel = random.weighted([['phone', 60], ['web', 25], ['mail', 15]] as const);
      const request = events.event(year, 'opt_out_requested', on, { channel, ...events.requestBy(channel), reasonCode: random.pick(ctx.optOutReasonCodes) });
      return { endsOn: on, processedOn: on, reason: 'voluntary', code: 'TRM-VOLUNTARY', planYear: year, extraEvents: [request] };
    }
    case 'plan_change': {
      const first = isoDates.monthOf(start) + 1;
      const last = isoDates.monthOf(asOf);
      if (first > last) return null;
      const planChangeOn = isoDates.dateOf(year, random.int(first, last), 1);
      return { endsOn: isoDates.addDays(planChangeOn, -1), processedOn: planChangeOn, reason: 'plan_change', code: 'TRM-PLAN-CHANGE', planYear: year, planChangeOn };
    }
    case 'deceased': {
      const from = isoDates.addDays(start, 10);
      const to = isoDates.addDays(asOf, -7);
      if (from > to) return null;
      const deathOn = isoDates.addDays(from, random.int(0, isoDates.daysBetween(from, to)));
      return { endsOn: deathOn, processedOn: isoDates.min(asOf, isoDates.addDays(deathOn, random.int(3, 14))), reason: 'deceased', code: 'TRM-DECEASED', planYear: year, deathOn };
    }
    case 'nonpayment':
      return nonpayment(ctx, joined);
    default:
      return null;
  }
}

/** Adds the termination to a joined story; null when the story cannot fit before the as-of date. */
export function terminateParticipation(ctx: StoryContext, plan: StoryPlan, joined: Joined): ParticipationStory | null {
  const end = ending(ctx, plan, joined);
  if (!end) return null;
  const terminated = ctx.events.event(end.planYear, 'terminated', end.processedOn, { effectiveOn: end.endsOn, reasonCode: end.code });
  const periods = joined.periods.map((period) => (period.planYear === end.planYear ? { ...period, endsOn: end.endsOn } : period));
  const effectiveOn = periods.find((p) => p.planYear === end.planYear)?.effectiveOn ?? joined.effectiveOn;
  return {
    participation: {
      status: 'terminated', planYear: end.planYear, effectiveOn, endsOn: end.endsOn, optInChannel: joined.opt.channel,
      confirmationNumber: terminated.confirmationNumber, terminationReason: end.reason,
    },
    events: [...joined.events, ...(end.extraEvents ?? []), terminated],
    periods,
    deathOn: end.deathOn ?? null,
    planChangeOn: end.planChangeOn ?? null,
    missedFrom: end.missedFrom ?? null,
  };
}
