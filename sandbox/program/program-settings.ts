/**
 * The sandbox's program configuration per plan year — the one place its thresholds come from: the
 * seed prices claims with them, billing passes them to the calculator, getProgramSettings serves them.
 * A year whose figures are not configured yet carries nulls, as a real backend's would.
 */
import type { PlanYearSetting, ProgramSettings } from '../../shared/domain/client-rules';

/** 2025 and 2026 as CMS announced them (DOMAIN.md); 2027 not configured yet. */
export const PROGRAM_SETTINGS: ProgramSettings = {
  planYears: [
    { planYear: 2025, thresholdCents: 200_000, likelyToBenefitCents: 60_000 },
    { planYear: 2026, thresholdCents: 210_000, likelyToBenefitCents: 70_000 },
    { planYear: 2027, thresholdCents: null, likelyToBenefitCents: null },
  ],
};

/** The year's setting, or undefined for a year the sandbox knows nothing about. */
export function findPlanYearSetting(planYear: number): PlanYearSetting | undefined {
  return PROGRAM_SETTINGS.planYears.find((setting) => setting.planYear === planYear);
}

/** The year's out-of-pocket threshold in cents, or null while it is not configured. */
export function thresholdCentsFor(planYear: number): number | null {
  return findPlanYearSetting(planYear)?.thresholdCents ?? null;
}
