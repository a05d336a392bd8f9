/**
 * Amounts and dates as a rep reads them aloud on step 3 of a payment, so rep and member agree on the
 * very words: "$1,250.05 — one thousand two hundred fifty dollars and five cents", "today, Sunday,
 * November 15, 2026". A figure misheard on a call is a charge the member disputes.
 */
import { formatCents } from '../../../shared/lib/money';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = hundreds > 0 ? [`${ONES[hundreds]} hundred`] : [];
  if (rest >= 20) words.push(rest % 10 === 0 ? (TENS[Math.floor(rest / 10)] ?? '') : `${TENS[Math.floor(rest / 10)]}-${ONES[rest % 10]}`);
  else if (rest > 0 || hundreds === 0) words.push(ONES[rest] ?? '');
  return words.join(' ');
}

/** A whole number below a billion in words: 1250 → "one thousand two hundred fifty". */
export function numberInWords(n: number): string {
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const words: string[] = [];
  if (millions > 0) words.push(`${belowThousand(millions)} million`);
  if (thousands > 0) words.push(`${belowThousand(thousands)} thousand`);
  if (rest > 0 || words.length === 0) words.push(belowThousand(rest));
  return words.join(' ');
}

/** 125005 → "one thousand two hundred fifty dollars and five cents". */
export function centsInWords(cents: number): string {
  const dollars = Math.floor(cents / 100);
  const rest = cents % 100;
  const dollarWords = `${numberInWords(dollars)} ${dollars === 1 ? 'dollar' : 'dollars'}`;
  if (rest === 0) return dollarWords;
  return `${dollarWords} and ${numberInWords(rest)} ${rest === 1 ? 'cent' : 'cents'}`;
}

/** "$1,250.05 (one thousand two hundred fifty dollars and five cents)". */
export function sayAmount(cents: number): string {
  return `${formatCents(cents)} (${centsInWords(cents)})`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** An ISO date in words: "Sunday, November 15, 2026" (the backend's business date, no time zone). */
export function sayDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return LONG_DATE.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}
