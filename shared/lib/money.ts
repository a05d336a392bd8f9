/** Money is integer cents everywhere; this is the one place it becomes text. */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Formats integer cents as US dollars, e.g. 16667 → "$166.67". */
export function formatCents(cents: number): string {
  return usd.format(cents / 100);
}

/** Divides cents by a whole number, rounding half up to the cent (DOMAIN.md: monthly bills). */
export function divideCentsHalfUp(cents: number, divisor: number): number {
  if (!Number.isInteger(cents) || !Number.isInteger(divisor) || divisor <= 0) {
    throw new RangeError('divideCentsHalfUp takes integer cents and a positive whole divisor');
  }
  const quotient = Math.floor(cents / divisor);
  const remainder = cents - quotient * divisor;
  return remainder * 2 >= divisor ? quotient + 1 : quotient;
}
