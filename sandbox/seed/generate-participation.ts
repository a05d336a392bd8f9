/**
 * Plays out a member's M3P story as dated events — opt-in, renewal, opt-out, termination — and the
 * participation periods bills are computed for. Every date respects the as-of date and the rules the
 * event factory encodes; a story that cannot fit (coverage began too late) falls back to a simpler one.
 */
import type { OptInChannel, ParticipationEvent } from '../../shared/domain/participation';
import { isoDates } from '../calendar/iso-dates';
import type { Random } from './create-random';
import type { EventFactory, OptIn } from './create-event-factory';
import type { StoryPlan } from './pick-story-plan';
import type { ParticipationYear } from './seed-member-record';
import { terminateParticipation } from './terminate-participation';

/** A stretch of participation in one plan year; bills are computed per period. */
export interface ParticipationPeriod {
  readonly planYear: number;
  readonly effectiveOn: string;
  /** Last day of participation; null while it continues. */
  readonly endsOn: string | null;
}

/** Everything the rest of the member's generation needs from the story. */
export interface ParticipationStory {
  readonly participation: ParticipationYear;
  /** Oldest first. */
  readonly events: readonly ParticipationEvent[];
  readonly periods: readonly ParticipationPeriod[];
  readonly deathOn: string | null;
  /** The day the member's new plan (same sponsor) took effect. */
  readonly planChangeOn: string | null;
  /** Non-payment: the first bill the member never paid. */
  readonly missedFrom: { readonly planYear: number; readonly month: number } | null;
}

/** What a story is drawn from: the member's random stream, coverage and bill preview. */
export interface StoryContext {
  readonly random: Random;
  readonly events: EventFactory;
  readonly asOf: string;
  readonly coverageStart: string;
  /** Bills by month (index 0 = January) had the member joined on `effectiveOn` and stayed. */
  readonly previewBills: (planYear: number, effectiveOn: string) => readonly number[];
  /** The day the member's cost sharing reached the year's threshold, or null; joining after it gains nothing. */
  readonly thresholdReachedOn: (planYear: number) => string | null;
  /** The member's first fill on or after a day, or null: point-of-sale requests happen at a fill. */
  readonly fillOnOrAfter: (day: string) => string | null;
  /** The client's opt-out reason codes, one of which a seeded opt-out request carries. */
  readonly optOutReasonCodes: readonly string[];
  /** The member still owes a past plan year's balance and the client precludes them: a request is rejected for it. */
  readonly isPrecludedByPriorBalance: boolean;
}

/** An opt-in (or a renewal) before any ending is added. */
export interface Joined {
  readonly opt: OptIn;
  readonly events: readonly ParticipationEvent[];
  readonly periods: readonly ParticipationPeriod[];
  /** When the as-of year's participation began. */
  readonly effectiveOn: string;
}

/** A mid-year election day: early-skewed, before the threshold is reached, and at a fill when made at the pharmacy. */
function pickJoin(ctx: StoryContext, from: string, latest: string, planYear: number): { requestOn: string; channel: OptInChannel } | null {
  const reached = ctx.thresholdReachedOn(planYear);
  const to = reached ? isoDates.min(latest, isoDates.addDays(reached, -1)) : latest;
  if (from > to) return null;
  const requestOn = pickEarlyDay(ctx.random, from, to);
  const channel = ctx.random.weighted(IN_YEAR);
  const fill = channel === 'point_of_sale' ? ctx.fillOnOrAfter(requestOn) : null;
  return fill && fill <= to ? { requestOn: fill, channel } : { requestOn, channel: channel === 'point_of_sale' ? 'phone' : channel };
}

const IN_YEAR: readonly (readonly [OptInChannel, number])[] = [['phone', 45], ['web', 25], ['mail', 15], ['point_of_sale', 15]];
const BEFORE_YEAR: readonly (readonly [OptInChannel, number])[] = [['phone', 50], ['web', 30], ['mail', 20]];

/** A day in [from, to], skewed early: most elections happen when the year's big fills arrive. */
function pickEarlyDay(random: Random, from: string, to: string): string {
  return isoDates.addDays(from, Math.floor((isoDates.daysBetween(from, to) + 1) * random.next() ** 1.5));
}

/** The latest day a mid-year election can take effect and still leave room for the story's later events. */
function latestJoin(plan: StoryPlan, asOf: string): string {
  const year = isoDates.yearOf(asOf);
  switch (plan.category) {
    case 'voluntary': return isoDates.addDays(asOf, -16);
    case 'deceased': return isoDates.addDays(asOf, -21);
    case 'plan_change': return isoDates.addDays(isoDates.dateOf(year, isoDates.monthOf(asOf), 1), -2);
    case 'nonpayment': return isoDates.addDays(isoDates.dateOf(year, isoDates.monthOf(asOf) - 3, 1), -12);
    default: return isoDates.addDays(asOf, -1);
  }
}

function join(ctx: StoryContext, plan: StoryPlan): Joined | null {
  const { random, events, asOf, coverageStart } = ctx;
  const year = isoDates.yearOf(asOf);
  const yearStart = `${year}-01-01`;
  if (plan.origin === 'renewed' || plan.category === 'end_of_year') {
    const picked = pickJoin(ctx, isoDates.max(`${year - 1}-01-02`, coverageStart), `${year - 1}-${plan.category === 'end_of_year' ? '10-31' : '11-30'}`, year - 1);
    if (!picked) return null;
    const opt = events.optIn(picked.requestOn, picked.channel, year - 1);
    if (plan.category === 'end_of_year') {
      return { opt, events: opt.events, periods: [{ planYear: year - 1, effectiveOn: opt.effectiveOn, endsOn: `${year - 1}-12-31` }], effectiveOn: opt.effectiveOn };
    }
    const renewed = events.event(year, 'renewed', yearStart, { effectiveOn: yearStart, reasonCode: 'REN-AUTO' });
    return {
      opt,
      events: [...opt.events, renewed],
      periods: [{ planYear: year - 1, effectiveOn: opt.effectiveOn, endsOn: `${year - 1}-12-31` }, { planYear: year, effectiveOn: yearStart, endsOn: null }],
      effectiveOn: yearStart,
    };
  }
  if (plan.origin === 'before_year' && coverageStart <= yearStart) {
    const opt = events.optIn(isoDates.addDays(`${year - 1}-10-15`, random.int(0, 74)), random.weighted(BEFORE_YEAR), year);
    return { opt, events: opt.events, periods: [{ planYear: year, effectiveOn: yearStart, endsOn: null }], effectiveOn: yearStart };
  }
  const picked = pickJoin(ctx, isoDates.max(`${year}-01-02`, coverageStart), latestJoin(plan, asOf), year);
  if (!picked) return null;
  const opt = events.optIn(picked.requestOn, picked.channel, year);
  return { opt, events: opt.events, periods: [{ planYear: year, effectiveOn: opt.effectiveOn, endsOn: null }], effectiveOn: opt.effectiveOn };
}

function notEnrolled(year: number, events: readonly ParticipationEvent[]): ParticipationStory {
  const last = events[events.length - 1];
  return {
    participation: { status: 'not_enrolled', planYear: year, effectiveOn: null, endsOn: null, optInChannel: null, confirmationNumber: last?.confirmationNumber ?? null, terminationReason: null },
    events, periods: [], deathOn: null, planChangeOn: null, missedFrom: null,
  };
}

function requestOnly(ctx: StoryContext, plan: StoryPlan): ParticipationStory {
  const { random, events, asOf, coverageStart } = ctx;
  const year = isoDates.yearOf(asOf);
  if (plan.category === 'pending') {
    const channel = random.weighted(BEFORE_YEAR);
    const request = events.event(year, 'opt_in_requested', isoDates.max(coverageStart, isoDates.addDays(asOf, -random.int(0, 1))), { channel, ...events.requestBy(channel) });
    return { ...notEnrolled(year, [request]), participation: { status: 'pending', planYear: year, effectiveOn: null, endsOn: null, optInChannel: channel, confirmationNumber: request.confirmationNumber, terminationReason: null } };
  }
  const from = isoDates.max(`${year}-01-02`, coverageStart);
  const to = isoDates.addDays(asOf, -1);
  if (plan.category === 'never' || from > to) return notEnrolled(year, []);
  const channel = random.weighted(BEFORE_YEAR);
  const requestOn = pickEarlyDay(random, from, to);
  const isNewEnrollee = isoDates.daysBetween(coverageStart, requestOn) < 45;
  // Only a member who really owes a past year's balance, at a client that precludes, is rejected for it.
  const reasonCode = ctx.isPrecludedByPriorBalance ? 'REJ-PRIOR-BALANCE'
    : isNewEnrollee && random.chance(0.6) ? 'REJ-ENROLLMENT-PENDING' : 'REJ-INCOMPLETE';
  const request = events.event(year, 'opt_in_requested', requestOn, { channel, ...events.requestBy(channel) });
  const rejection = events.event(year, 'opt_in_rejected', isoDates.addDays(requestOn, 1), { channel, reasonCode });
  return notEnrolled(year, [request, rejection]);
}

/** Builds the member's story for the plan; falls back to a mid-year active member, then to never enrolled. */
export function generateParticipation(ctx: StoryContext, plan: StoryPlan): ParticipationStory {
  if (plan.origin === 'none' && plan.category !== 'end_of_year') return requestOnly(ctx, plan);
  const joined = join(ctx, plan);
  if (!joined) {
    return plan.category === 'active' && plan.origin === 'mid_year'
      ? requestOnly(ctx, { category: 'never', origin: 'none' })
      : generateParticipation(ctx, { category: 'active', origin: 'mid_year' });
  }
  if (plan.category !== 'active') {
    const ended = terminateParticipation(ctx, plan, joined);
    if (ended) return ended;
  }
  const year = isoDates.yearOf(ctx.asOf);
  const last = joined.events[joined.events.length - 1];
  return {
    participation: { status: 'active', planYear: year, effectiveOn: joined.effectiveOn, endsOn: null, optInChannel: joined.opt.channel, confirmationNumber: last?.confirmationNumber ?? null, terminationReason: null },
    events: joined.events, periods: joined.periods, deathOn: null, planChangeOn: null, missedFrom: null,
  };
}
