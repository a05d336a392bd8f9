/**
 * Runs the one shared bill calculator on what-if inputs: the threshold comes from program settings,
 * and a year whose threshold is not configured says so instead of guessing a figure.
 */
import type { ProgramSettings } from '../../../shared/domain/client-rules';
import { calculateSchedule, type Schedule } from '../../../shared/m3p/calculate-schedule';
import { M3pInputError } from '../../../shared/m3p/thresholds';
import type { WhatIfInputs } from './what-if-schema';

/** The bills, or the plain reason there are none. */
export type WhatIfResult = { readonly kind: 'schedule'; readonly schedule: Schedule } | { readonly kind: 'unavailable'; readonly message: string };

/** The twelve months' new cost sharing: the prescription from the opt-in month on, or in that month only. */
export function monthlyCostSharing(inputs: WhatIfInputs): number[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const isBilledMonth = inputs.frequency === 'monthly' ? month >= inputs.optInMonth : month === inputs.optInMonth;
    return isBilledMonth ? inputs.prescription : 0;
  });
}

/** Calculates the schedule for the inputs. */
export function calculateWhatIf(inputs: WhatIfInputs, settings: ProgramSettings): WhatIfResult {
  const thresholdCents = settings.planYears.find((year) => year.planYear === inputs.planYear)?.thresholdCents ?? null;
  if (thresholdCents === null) {
    return { kind: 'unavailable', message: `The ${inputs.planYear} out-of-pocket threshold is not configured yet, so bills can't be calculated for ${inputs.planYear}.` };
  }
  try {
    const input = { planYear: inputs.planYear, optInMonth: inputs.optInMonth, priorIncurredCents: inputs.alreadySpent, monthlyCostSharingCents: monthlyCostSharing(inputs), thresholdCents };
    return { kind: 'schedule', schedule: calculateSchedule(input) };
  } catch (error: unknown) {
    if (error instanceof M3pInputError) return { kind: 'unavailable', message: error.message };
    throw error;
  }
}
