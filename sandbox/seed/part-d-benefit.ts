/**
 * The member's share of a Part D fill under a plan's benefit: deductible, tier copays and coinsurance,
 * Extra Help copays, the $35 insulin cap, and $0 once the annual out-of-pocket threshold is reached.
 *
 * This decides what each synthetic claim costs the member; it is not the M3P bill formula, which lives
 * only in shared/m3p/calculate-schedule.ts.
 */
import type { LisStatus } from '../../shared/domain/member';
import { thresholdCentsFor } from '../program/program-settings';
import type { CatalogPlan } from './client-catalog';
import type { CatalogDrug } from './drug-catalog';

interface YearRules {
  readonly deductibleCents: number;
  /** Full Extra Help copays per fill: generic, brand. */
  readonly lisCopaysCents: readonly [number, number];
}

/** CMS's published standard deductible and Extra Help copays for the years the sandbox can seed. */
const RULES_BY_YEAR: Readonly<Record<number, YearRules>> = {
  2025: { deductibleCents: 59_000, lisCopaysCents: [490, 1215] },
  2026: { deductibleCents: 61_500, lisCopaysCents: [510, 1265] },
};

/** True when both the benefit rules and the M3P threshold are known for the year. */
export function hasBenefitYear(year: number): boolean {
  return RULES_BY_YEAR[year] !== undefined && thresholdCentsFor(year) !== null;
}

/** Running totals for one member and year, advanced by each priced fill. */
export interface BenefitAccumulator {
  /** Member cost sharing so far this year; never passes the threshold. */
  outOfPocketCents: number;
  deductibleMetCents: number;
}

/** How a fill's cost splits between the member and the plan. */
export interface FillCost {
  readonly costSharingCents: number;
  readonly planPaidCents: number;
}

/** Prices one fill and advances the year's accumulators; call in fill-date order. */
export function priceFill(
  year: number, plan: CatalogPlan, lisStatus: LisStatus, drug: CatalogDrug, months: number, acc: BenefitAccumulator,
): FillCost {
  const rules = RULES_BY_YEAR[year];
  const thresholdCents = thresholdCentsFor(year);
  if (!rules || thresholdCents === null) throw new RangeError(`No Part D benefit rules or threshold for ${year}.`);
  const totalCents = drug.monthlyCostCents * months;
  let share: number;
  if (lisStatus === 'full') {
    share = Math.min(totalCents, drug.tier <= 2 ? rules.lisCopaysCents[0] : rules.lisCopaysCents[1]);
  } else if (lisStatus === 'partial') {
    share = Math.round(totalCents * 0.15);
  } else if (drug.isInsulin) {
    share = Math.min(totalCents, 3_500 * months);
  } else if (drug.tier <= 2) {
    share = Math.min(totalCents, (plan.genericCopaysCents[drug.tier - 1] ?? 0) * months);
  } else {
    const towardDeductible = Math.min(totalCents, rules.deductibleCents - acc.deductibleMetCents);
    acc.deductibleMetCents += towardDeductible;
    const coinsurance = plan.brandCoinsurancePercent[drug.tier - 3] ?? 25;
    share = towardDeductible + Math.round(((totalCents - towardDeductible) * coinsurance) / 100);
  }
  share = Math.min(share, thresholdCents - acc.outOfPocketCents);
  acc.outOfPocketCents += share;
  return { costSharingCents: share, planPaidCents: totalCents - share };
}
