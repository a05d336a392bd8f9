/**
 * A member's Part D fills: maintenance drugs refilled every 30 or 90 days (a few days early, now and
 * then late), new prescriptions mid-year, priced in fill order so the deductible and the annual
 * threshold apply the way a real plan's claims system applies them.
 */
import type { LisStatus } from '../../shared/domain/member';
import { isoDates } from '../calendar/iso-dates';
import type { CatalogPlan } from './client-catalog';
import type { Random } from './create-random';
import { DRUG_CATALOG, type CatalogDrug } from './drug-catalog';
import { priceFill, type BenefitAccumulator } from './part-d-benefit';
import type { SeedClaim } from './seed-member-record';

/** A drug the member takes: how much each fill is for, where it is filled, from when to when. */
export interface Regimen {
  readonly drugId: number;
  readonly drug: CatalogDrug;
  readonly daysSupply: 30 | 90;
  readonly pharmacyId: number;
  readonly startOn: string;
  readonly stopOn: string | null;
}

/** The member's usual pharmacies by kind, as directory ids. */
export interface RegimenPharmacies {
  readonly retail: number;
  readonly mailOrder: number;
  readonly specialty: number;
}

const TIER_WEIGHTS = { usual: [45, 25, 22, 6, 2], likelyToBenefit: [20, 15, 45, 12, 8] } as const;
const COUNT_WEIGHTS = { usual: [6, 18, 24, 22, 14, 9, 7], likelyToBenefit: [0, 8, 20, 26, 22, 13, 11] } as const;

/** Drug ids and weights per tier (index 0 = tier 1), built once. */
const BY_TIER: readonly (readonly (readonly [number, number])[])[] = [1, 2, 3, 4, 5].map((tier) =>
  DRUG_CATALOG.flatMap((drug, index) => (drug.tier === tier ? [[index + 1, drug.weight] as const] : [])),
);

function pickDrug(random: Random, tierWeights: readonly number[], taken: ReadonlySet<number>): number {
  const tier = random.weighted(tierWeights.map((w, i) => [i, w] as const));
  const candidates = (BY_TIER[tier] ?? []).filter(([id]) => !taken.has(id));
  return candidates.length > 0 ? random.weighted(candidates) : random.int(1, DRUG_CATALOG.length);
}

/** Chooses the drugs a member takes; members likely to join M3P skew toward costly brands. */
export function pickRegimens(
  random: Random, isLikelyToBenefit: boolean, pharmacies: RegimenPharmacies, firstYear: number, asOf: string,
): Regimen[] {
  const profile = isLikelyToBenefit ? 'likelyToBenefit' : 'usual';
  const count = random.weighted(COUNT_WEIGHTS[profile].map((w, i) => [i, w] as const));
  const taken = new Set<number>();
  const regimens: Regimen[] = [];
  for (let i = 0; i < count; i += 1) {
    const drugId = pickDrug(random, i === 0 && isLikelyToBenefit ? [0, 0, 70, 18, 12] : TIER_WEIGHTS[profile], taken);
    if (taken.has(drugId)) continue;
    taken.add(drugId);
    const drug = DRUG_CATALOG[drugId - 1] as CatalogDrug;
    const canBe90 = drug.tier <= 3 && !drug.isInsulin;
    const daysSupply = canBe90 && random.chance(drug.tier <= 2 ? 0.45 : 0.2) ? 90 : 30;
    const pharmacyId = drug.tier === 5 ? pharmacies.specialty : daysSupply === 90 && random.chance(0.6) ? pharmacies.mailOrder : pharmacies.retail;
    const yearStart = `${firstYear}-01-01`;
    const isNew = random.chance(0.18);
    const startOn = isNew
      ? isoDates.addDays(yearStart, random.int(0, Math.max(0, isoDates.daysBetween(yearStart, asOf) - 20)))
      : isoDates.addDays(yearStart, -random.int(0, daysSupply - 1));
    const stopOn = random.chance(0.08) ? isoDates.addDays(startOn, random.int(60, 400)) : null;
    regimens.push({ drugId, drug, daysSupply, pharmacyId, startOn, stopOn });
  }
  return regimens;
}

/** Which years and days fills may fall in, and how to price them. */
export interface ClaimWindow {
  readonly years: readonly number[];
  /** No fill before coverage starts or after this day (the as-of date, or a death). */
  readonly firstFillOn: string;
  readonly lastFillOn: string;
  readonly plan: CatalogPlan;
  readonly lisStatus: LisStatus;
  readonly nextClaimNumber: () => number;
}

/** Generates and prices the fills; `isBilledByM3p` is decided later, once participation is known. */
export function generateClaims(random: Random, regimens: readonly Regimen[], window: ClaimWindow): SeedClaim[] {
  // Day numbers, not ISO strings, in the hot loop: a 100,000-member seed steps millions of fills.
  const first = isoDates.toDayNumber(isoDates.max(window.firstFillOn, `${window.years[0]}-01-01`));
  const last = isoDates.toDayNumber(window.lastFillOn);
  const fills: { day: number; regimen: Regimen; order: number }[] = [];
  regimens.forEach((regimen, order) => {
    const stop = regimen.stopOn === null ? last : Math.min(last, isoDates.toDayNumber(regimen.stopOn));
    for (let day = isoDates.toDayNumber(regimen.startOn); day <= stop;) {
      if (day >= first) fills.push({ day, regimen, order });
      const skipped = random.chance(0.04) ? regimen.daysSupply : 0;
      day += regimen.daysSupply + skipped + random.int(-4, 1);
    }
  });
  fills.sort((a, b) => a.day - b.day || a.order - b.order);
  const accumulators = new Map<number, BenefitAccumulator>();
  const rxNumbers = new Map<number, string>();
  return fills.map(({ day, regimen }) => {
    const fillDate = isoDates.fromDayNumber(day);
    const year = isoDates.yearOf(fillDate);
    let acc = accumulators.get(year);
    if (!acc) accumulators.set(year, (acc = { outOfPocketCents: 0, deductibleMetCents: 0 }));
    const rxKey = regimen.drugId * 10_000 + year;
    let rxNumber = rxNumbers.get(rxKey);
    if (!rxNumber) rxNumbers.set(rxKey, (rxNumber = String(random.int(1_000_000, 9_999_999))));
    const cost = priceFill(year, window.plan, window.lisStatus, regimen.drug, regimen.daysSupply / 30, acc);
    return {
      claimNumber: window.nextClaimNumber(), fillDate, drugId: regimen.drugId, rxNumber, pharmacyId: regimen.pharmacyId,
      costSharingCents: cost.costSharingCents, planPaidCents: cost.planPaidCents, isBilledByM3p: false,
    };
  });
}
