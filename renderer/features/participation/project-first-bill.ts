/**
 * What the first bill of an opt-in not made yet would be, and why: the member's own claims fed to the
 * one shared calculator with the plan year's threshold from program settings. A year whose threshold
 * is not configured gets a plain sentence, never a guess (and never a thrown error on screen).
 */
import type { Claim } from '../../../shared/domain/claims';
import type { ProgramSettings } from '../../../shared/domain/client-rules';
import { formatCents } from '../../../shared/lib/money';
import { buildScheduleInput } from '../../../shared/m3p/build-schedule-input';
import { calculateSchedule } from '../../../shared/m3p/calculate-schedule';
import { M3pInputError } from '../../../shared/m3p/thresholds';
import { explainBill, monthName } from '../billing/explain-bill';

/** The sentence to read, and the first bill in cents when it could be projected. */
export interface FirstBillProjection {
  readonly firstBillCents: number | null;
  readonly sentence: string;
}

/** Projects the first month's bill for an opt-in to `planYear` effective `effectiveOn`. */
export function projectFirstBill(planYear: number, effectiveOn: string, claims: readonly Claim[], settings: ProgramSettings | null): FirstBillProjection {
  if (!settings) return { firstBillCents: null, sentence: "The program settings haven't loaded, so the first bill cannot be projected yet." };
  const thresholdCents = settings.planYears.find((year) => year.planYear === planYear)?.thresholdCents ?? null;
  if (thresholdCents === null) {
    return { firstBillCents: null, sentence: `The ${planYear} out-of-pocket threshold is not configured yet, so the first bill cannot be projected.` };
  }
  try {
    const input = buildScheduleInput(planYear, effectiveOn, claims, { countAllAsBilled: true, thresholdCents });
    const first = calculateSchedule(input).months[0];
    if (!first) return { firstBillCents: null, sentence: 'There is no month left in the plan year to bill.' };
    const lead = `Based on the claims on file, the first bill (${monthName(first.month)} ${planYear}) would be ${formatCents(first.billCents)}:`;
    return { firstBillCents: first.billCents, sentence: `${lead} ${explainBill(first, { thresholdCents, priorIncurredCents: input.priorIncurredCents })}` };
  } catch (error: unknown) {
    if (error instanceof M3pInputError) return { firstBillCents: null, sentence: `The first bill cannot be projected: ${error.message}` };
    throw error;
  }
}
