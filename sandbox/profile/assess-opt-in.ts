/**
 * Whether a member may opt in for a plan year, and from when — computed on every profile read and
 * again by the opt-in itself, so the rep learns the answer before starting and the write can never
 * disagree with what the screen said.
 */
import type { ClientRules } from '../../shared/domain/client-rules';
import type { Eligibility } from '../../shared/domain/member';
import type { OptInEligibility } from '../../shared/domain/participation';
import { formatIsoDate } from '../../shared/lib/dates';
import { formatCents } from '../../shared/lib/money';
import { isoDates } from '../calendar/iso-dates';
import type { SeedParticipation } from '../seed/seed-member-record';

/** What the answer depends on. */
export interface OptInContext {
  /** The business date, which is also the day a request is processed. */
  readonly asOf: string;
  readonly coverage: Pick<Eligibility, 'partDEffectiveOn' | 'partDEndsOn'>;
  /** One per plan year, any order. */
  readonly participations: readonly SeedParticipation[];
  /** Still owed for the as-of plan year: billed and unpaid plus not yet billed; 0 without bills. */
  readonly asOfYearOwedCents: number;
  readonly rules: ClientRules;
  readonly clientName: string;
}

/** The plan years requests are taken for: the as-of one, and from October (annual enrollment) the next. */
export function acceptingPlanYears(asOf: string): number[] {
  const year = isoDates.yearOf(asOf);
  return isoDates.monthOf(asOf) >= 10 ? [year, year + 1] : [year];
}

/** A request processed today takes effect today, or on January 1 when the plan year has not begun. */
export function processingEffectiveOn(asOf: string, planYear: number): string {
  return planYear > isoDates.yearOf(asOf) ? `${planYear}-01-01` : asOf;
}

const refused = (planYear: number, code: NonNullable<OptInEligibility['code']>, message: string): OptInEligibility =>
  ({ planYear, isEligible: false, code, message, effectiveOn: null });

function coverageProblem(ctx: OptInContext, planYear: number, effectiveOn: string): string | null {
  const { partDEffectiveOn: start, partDEndsOn: end } = ctx.coverage;
  if (end !== null && end < effectiveOn) {
    return `The member's Part D coverage ${end < ctx.asOf ? 'ended' : 'ends'} ${formatIsoDate(end)}, so they cannot join the payment plan for ${planYear}.`;
  }
  return start > effectiveOn ? `The member's Part D coverage starts ${formatIsoDate(start)}, so they cannot join the payment plan before then.` : null;
}

function participationProblem(ctx: OptInContext, planYear: number): string | null {
  const year = ctx.participations.find((p) => p.planYear === planYear);
  if (year?.status === 'active') return `The member already participates in the payment plan for ${planYear}, effective ${formatIsoDate(year.effectiveOn ?? ctx.asOf)}.`;
  if (year?.status === 'pending') return `The member's request to join the payment plan for ${planYear} is already being processed.`;
  // From 2026 participants renew automatically unless they opt out (DOMAIN.md).
  const before = ctx.participations.find((p) => p.planYear === planYear - 1);
  if (!year && (before?.status === 'active' || before?.status === 'pending')) return `The member's participation renews automatically for ${planYear}; there is nothing to do.`;
  return null;
}

/** What is still owed from plan years before `planYear` that ended in termination for non-payment. */
function unpaidBefore(ctx: OptInContext, planYear: number): { cents: number; years: number[] } {
  const asOfYear = isoDates.yearOf(ctx.asOf);
  const owing = ctx.participations
    .filter((p) => p.planYear < planYear && p.terminationReason === 'involuntary_nonpayment')
    .map((p) => ({ year: p.planYear, cents: p.planYear === asOfYear ? ctx.asOfYearOwedCents : (p.priorUnpaidCents ?? 0) }))
    .filter((p) => p.cents > 0);
  return { cents: owing.reduce((sum, p) => sum + p.cents, 0), years: owing.map((p) => p.year) };
}

/** The answer for one plan year: no coverage, then already in, then precluded by an old balance, else eligible. */
export function assessOptIn(ctx: OptInContext, planYear: number): OptInEligibility {
  const effectiveOn = processingEffectiveOn(ctx.asOf, planYear);
  const noCoverage = coverageProblem(ctx, planYear, effectiveOn);
  if (noCoverage) return refused(planYear, 'NO_ACTIVE_PART_D', noCoverage);
  const participating = participationProblem(ctx, planYear);
  if (participating) return refused(planYear, 'ALREADY_PARTICIPATING', participating);
  const unpaid = unpaidBefore(ctx, planYear);
  if (ctx.rules.precludesUnpaidPriorBalance && unpaid.cents > 0) {
    return refused(planYear, 'PRECLUDED_UNPAID_BALANCE',
      `${ctx.clientName} requires the ${formatCents(unpaid.cents)} still owed from plan year ${unpaid.years.join(' and ')} to be paid before the member can join again.`);
  }
  return { planYear, isEligible: true, code: null, message: null, effectiveOn };
}
