/**
 * The bill schedule for one plan year with the threshold from the sandbox's program settings, so the
 * seed's bills and the profile's bills use the figure getProgramSettings serves, never a second table.
 */
import { calculateSchedule, type Schedule, type ScheduleInput } from '../../shared/m3p/calculate-schedule';
import { thresholdCentsFor } from '../program/program-settings';
import { buildScheduleInput, type BillableClaim } from './build-schedule-input';

/** The calculator's input and its schedule; callers read optInMonth and prior from the input. */
export interface PlanYearSchedule {
  readonly input: ScheduleInput;
  readonly schedule: Schedule;
}

/** Throws RangeError for a plan year whose threshold is not configured: bills are never guessed. */
export function calculatePlanYearSchedule(
  planYear: number, effectiveOn: string, claims: readonly BillableClaim[], options: { readonly countAllAsBilled?: boolean } = {},
): PlanYearSchedule {
  const thresholdCents = thresholdCentsFor(planYear);
  if (thresholdCents === null) throw new RangeError(`No out-of-pocket threshold is configured for plan year ${planYear}.`);
  const input = buildScheduleInput(planYear, effectiveOn, claims, { ...options, thresholdCents });
  return { input, schedule: calculateSchedule(input) };
}
