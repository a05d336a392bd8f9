/**
 * Day arithmetic on ISO `YYYY-MM-DD` dates for the seed and the bill schedule.
 *
 * Pure integer math on day numbers (days since 1970-01-01, proleptic Gregorian), so no local time
 * zone or daylight-saving change can shift a date, and fast enough for the millions of date steps a
 * 100,000-member seed takes (`Date#toISOString` was a third of the seed's time). Candidates for
 * shared/lib/dates.ts once the console needs them too.
 */

/** Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm); any month and day overflow rolls over. */
function dayNumberOf(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12 + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468 + day - 1;
}

const formatted = new Map<number, string>();

function fromDayNumber(dayNumber: number): string {
  const cached = formatted.get(dayNumber);
  if (cached !== undefined) return cached;
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  formatted.set(dayNumber, iso);
  return iso;
}

const digits = (iso: string, from: number, to: number): number => {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + iso.charCodeAt(i) - 48;
  return value;
};

function toDayNumber(iso: string): number {
  return dayNumberOf(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
}

/** The ISO date helpers the sandbox shares; one object so each call site reads `isoDates.addDays(…)`. */
export const isoDates = {
  toDayNumber,
  fromDayNumber,
  /** Builds a date; overflow rolls over (month 13 is January next year, day 0 the last of the month before). */
  dateOf: (year: number, month: number, day: number): string => fromDayNumber(dayNumberOf(year, month, day)),
  addDays: (iso: string, days: number): string => fromDayNumber(toDayNumber(iso) + days),
  /** Whole days from `from` to `to`; negative when `to` is earlier. */
  daysBetween: (from: string, to: string): number => toDayNumber(to) - toDayNumber(from),
  yearOf: (iso: string): number => digits(iso, 0, 4),
  monthOf: (iso: string): number => digits(iso, 5, 7),
  dayOf: (iso: string): number => digits(iso, 8, 10),
  lastDayOfMonth: (year: number, month: number): string => fromDayNumber(dayNumberOf(year, month + 1, 0)),
  min: (a: string, b: string): string => (a <= b ? a : b),
  max: (a: string, b: string): string => (a >= b ? a : b),
} as const;
