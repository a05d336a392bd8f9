/** Card brand from the leading digits, so the rep sees "Visa" while the member reads the number out. */
import { passesLuhn } from './luhn';

/** A card network and what a number of its brand looks like. */
export interface CardBrand {
  readonly name: 'Visa' | 'Mastercard' | 'American Express' | 'Discover' | 'Diners Club' | 'JCB' | 'UnionPay';
  /** The card-number lengths the network issues. */
  readonly lengths: readonly number[];
  /** Digits of the security code (CVV/CVC/CID). */
  readonly securityCodeLength: 3 | 4;
}

type Range = readonly [from: number, to: number];
interface Rule {
  readonly brand: CardBrand;
  /** Inclusive ranges over the first `digits` digits. */
  readonly ranges: readonly Range[];
  readonly digits: number;
}

const visa: CardBrand = { name: 'Visa', lengths: [13, 16, 19], securityCodeLength: 3 };
const mastercard: CardBrand = { name: 'Mastercard', lengths: [16], securityCodeLength: 3 };
const amex: CardBrand = { name: 'American Express', lengths: [15], securityCodeLength: 4 };
const discover: CardBrand = { name: 'Discover', lengths: [16, 17, 18, 19], securityCodeLength: 3 };
const diners: CardBrand = { name: 'Diners Club', lengths: [14, 15, 16, 17, 18, 19], securityCodeLength: 3 };
const jcb: CardBrand = { name: 'JCB', lengths: [16, 17, 18, 19], securityCodeLength: 3 };
const unionPay: CardBrand = { name: 'UnionPay', lengths: [16, 17, 18, 19], securityCodeLength: 3 };

// Most specific first: Discover's 622126–622925 sits inside UnionPay's 62.
const RULES: readonly Rule[] = [
  { brand: visa, digits: 1, ranges: [[4, 4]] },
  { brand: mastercard, digits: 2, ranges: [[51, 55]] },
  { brand: mastercard, digits: 4, ranges: [[2221, 2720]] },
  { brand: amex, digits: 2, ranges: [[34, 34], [37, 37]] },
  { brand: discover, digits: 4, ranges: [[6011, 6011]] },
  { brand: discover, digits: 6, ranges: [[622126, 622925]] },
  { brand: discover, digits: 3, ranges: [[644, 649]] },
  { brand: discover, digits: 2, ranges: [[65, 65]] },
  { brand: jcb, digits: 4, ranges: [[3528, 3589]] },
  { brand: diners, digits: 3, ranges: [[300, 305]] },
  { brand: diners, digits: 2, ranges: [[36, 36], [38, 39]] },
  { brand: unionPay, digits: 2, ranges: [[62, 62]] },
];

/**
 * The brand whose number ranges the digits fall in, or null. Works on a partial number as it is typed
 * once enough leading digits are there to tell (six at most).
 */
export function detectCardBrand(digits: string): CardBrand | null {
  if (!/^\d+$/.test(digits)) return null;
  for (const rule of RULES) {
    if (digits.length < rule.digits) continue;
    const prefix = Number(digits.slice(0, rule.digits));
    if (rule.ranges.some(([from, to]) => prefix >= from && prefix <= to)) return rule.brand;
  }
  return null;
}

/**
 * True when the digits are a whole card number: a known brand, one of its lengths, and the Luhn check;
 * a number of no known brand passes with 12 to 19 digits and the Luhn check.
 */
export function isCompleteCardNumber(digits: string): boolean {
  const brand = detectCardBrand(digits);
  const fitsLength = brand ? brand.lengths.includes(digits.length) : digits.length >= 12 && digits.length <= 19;
  return fitsLength && passesLuhn(digits);
}
