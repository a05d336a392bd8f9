/**
 * Reads a dollar amount a rep typed ("1,250.5", "$89") as integer cents without floating point, so
 * $0.10 + $0.20 never becomes 30.000000000000004 cents. Refuses what is not an amount a member
 * could owe: negatives, fractions of a cent, and implausibly large figures.
 */

/** Cents, or the sentence that says what to fix. */
export type ParsedCents = { readonly ok: true; readonly cents: number } | { readonly ok: false; readonly message: string };

const AMOUNT = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;
/** $1,000,000.00: far above any year's out-of-pocket threshold, so larger is a typing slip. */
const MAX_CENTS = 100_000_000;

/** Parses `text` as dollars and cents. */
export function parseDollarsToCents(text: string): ParsedCents {
  const trimmed = text.trim();
  if (/^[-(−]/.test(trimmed) || /^\$\s*-/.test(trimmed)) return { ok: false, message: "Amounts can't be negative." };
  const match = AMOUNT.exec(trimmed);
  const whole = match?.[1]?.replaceAll(',', '') ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) return { ok: false, message: 'Enter an amount in dollars, e.g. 125.50.' };
  if (fraction.length > 2) return { ok: false, message: 'Use at most two decimal places (whole cents).' };
  if (whole.length > 9) return { ok: false, message: 'That is more than $1,000,000.00. Check the amount.' };
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_CENTS) return { ok: false, message: 'That is more than $1,000,000.00. Check the amount.' };
  return { ok: true, cents };
}

/** Cents → "1250.50", the form a money field is prefilled with (no symbol, no grouping). */
export function centsToDollarsText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
