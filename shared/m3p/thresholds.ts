/** Annual out-of-pocket thresholds by plan year; an unknown year is an error, never a guess. */

/** Part D annual out-of-pocket threshold in cents (DOMAIN.md; CMS announces each year's figure). */
export const ANNUAL_THRESHOLD_CENTS: Readonly<Record<number, number>> = Object.freeze({
  2025: 200_000,
  2026: 210_000,
});

/** Raised for input the calculator cannot work with; the message is meant for the person who typed it. */
export class M3pInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'M3pInputError';
  }
}

/** Returns the threshold for a plan year, or throws when the year is not configured. */
export function annualThresholdCents(planYear: number): number {
  const cents = ANNUAL_THRESHOLD_CENTS[planYear];
  if (cents === undefined) {
    const known = Object.keys(ANNUAL_THRESHOLD_CENTS).join(', ');
    throw new M3pInputError(`No out-of-pocket threshold is configured for plan year ${planYear}. Known years: ${known}.`);
  }
  return cents;
}
