/**
 * The member's Part D coverage: which of the client's plans, since when (the month they turned 65, or a
 * later January 1 when they switched plans; disability members earlier), and their Extra Help level.
 */
import type { Eligibility, LisStatus } from '../../shared/domain/member';
import { isoDates } from '../calendar/iso-dates';
import type { CatalogPlan } from './client-catalog';
import type { Random } from './create-random';

/** Part D began on January 1, 2006; no coverage in the sandbox starts earlier. */
const PART_D_START = '2006-01-01';

/** Extra Help: members who will join M3P rarely have it (it rarely helps them); others more often. */
export function pickLisStatus(random: Random, isParticipant: boolean): LisStatus {
  return random.weighted(isParticipant
    ? [['none', 94], ['partial', 3], ['full', 3]] as const
    : [['none', 72], ['partial', 9], ['full', 19]] as const);
}

/** Picks a plan of the client; dual-eligible plans only for members with full Extra Help. */
export function pickPlan(random: Random, plans: readonly CatalogPlan[], lisStatus: LisStatus): CatalogPlan {
  const dual = plans.filter((p) => p.isDualPlan);
  if (lisStatus === 'full' && dual.length > 0 && random.chance(0.5)) return random.pick(dual);
  return random.weighted(plans.filter((p) => !p.isDualPlan).map((p) => [p, p.weight] as const));
}

function pickCoverageStart(random: Random, dateOfBirth: string, mustStartBy: string): string {
  const latestYear = isoDates.yearOf(mustStartBy);
  const turned65 = isoDates.dateOf(isoDates.yearOf(dateOfBirth) + 65, isoDates.monthOf(dateOfBirth), 1);
  if (turned65 > mustStartBy) return `${random.int(2012, latestYear)}-01-01`;
  const base = isoDates.max(turned65, PART_D_START);
  const firstSwitchYear = isoDates.yearOf(base) + 1;
  if (random.chance(0.55) || firstSwitchYear > latestYear) return base;
  return `${random.int(firstSwitchYear, latestYear)}-01-01`;
}

/** Builds the eligibility block; coverage starts no later than `mustStartBy`. */
export function generateEligibility(random: Random, plan: CatalogPlan, lisStatus: LisStatus, dateOfBirth: string, mustStartBy: string): Eligibility {
  return {
    contractId: plan.contractId,
    pbpId: plan.pbpId,
    planName: plan.planName,
    planType: plan.planType,
    partDEffectiveOn: pickCoverageStart(random, dateOfBirth, mustStartBy),
    partDEndsOn: null,
    lisStatus,
  };
}
