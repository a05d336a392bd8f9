/**
 * The new-payment-method form: what its fields hold (strings, in local form state only — never the
 * store), the live checks a rep sees while the member reads digits out (brand, Luhn, ABA checksum), and
 * the schema that turns the draft into the processor's CreateTokenRequest.
 */
import { z } from 'zod';
import { CreateTokenRequestSchema, type CreateTokenRequest } from '../../../shared/api/processor-routes';
import { isValidAbaRouting } from '../../../shared/lib/aba-routing';
import { detectCardBrand, isCompleteCardNumber } from '../../../shared/lib/detect-card-brand';

/** The form's values. */
export interface MethodDraft {
  readonly kind: 'card' | 'bank';
  readonly number: string;
  /** MM/YY or MM/YYYY. */
  readonly expiry: string;
  readonly securityCode: string;
  readonly postalCode: string;
  readonly routingNumber: string;
  readonly accountNumber: string;
  readonly accountType: 'checking' | 'savings';
  readonly makeDefault: boolean;
  /** Who authorised it, when the form asks (the member, or a representative's id). */
  readonly authorizedBy: string;
}

/** An empty form: what it returns to on submit and on cancel, so no digit stays in a field. */
export function emptyMethodDraft(kind: MethodDraft['kind'], makeDefault: boolean, authorizedBy = 'member'): MethodDraft {
  return { kind, number: '', expiry: '', securityCode: '', postalCode: '', routingNumber: '', accountNumber: '', accountType: 'checking', makeDefault, authorizedBy };
}

const digits = (text: string) => text.replace(/[\s-]/g, '');

/** What the card number field says as digits arrive: the brand once known, then whether it checks out. */
export function describeCardNumber(text: string): { readonly hint: string; readonly isBad: boolean } {
  const number = digits(text);
  if (number === '') return { hint: 'The brand shows as the member reads the first digits.', isBad: false };
  if (!/^\d+$/.test(number)) return { hint: 'Digits only.', isBad: true };
  const brand = detectCardBrand(number);
  const name = brand?.name ?? 'Unknown brand';
  const longest = brand ? Math.max(...brand.lengths) : 19;
  if (isCompleteCardNumber(number)) return { hint: `${name}, ${number.length} digits: the number checks out.`, isBad: false };
  const isWholeLength = brand ? brand.lengths.includes(number.length) : number.length >= 12;
  if (isWholeLength || number.length >= longest) return { hint: `${name}, ${number.length} digits: this number fails the card check. Ask the member to read it again.`, isBad: true };
  if (number.length >= (brand ? Math.min(...brand.lengths) : 12)) return { hint: `${name}, ${number.length} digits: not a whole card number yet.`, isBad: false };
  return { hint: `${name}, ${number.length} ${number.length === 1 ? 'digit' : 'digits'} so far.`, isBad: false };
}

/** What the routing number field says: whether the ABA checksum holds once nine digits are in. */
export function describeRoutingNumber(text: string): { readonly hint: string; readonly isBad: boolean } {
  const number = digits(text);
  if (number.length < 9) return { hint: 'Nine digits, from the bottom left of a check.', isBad: false };
  return isValidAbaRouting(number) ? { hint: 'The routing number checks out.', isBad: false } : { hint: 'This routing number fails the bank check. Ask the member to read it again.', isBad: true };
}

/** "08/27" or "8/2027" → month and four-digit year, or null. */
export function parseExpiry(text: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** Draft → CreateTokenRequest; `asOf` (the business date) decides what has expired. */
export function buildMethodSchema(asOf: string) {
  return z
    .custom<MethodDraft>()
    .transform((draft, ctx): CreateTokenRequest => {
      const fail = (path: keyof MethodDraft, message: string) => {
        ctx.addIssue({ code: 'custom', path: [path], message });
        return z.NEVER;
      };
      if (draft.kind === 'bank') {
        const routingNumber = digits(draft.routingNumber);
        const accountNumber = digits(draft.accountNumber);
        if (!isValidAbaRouting(routingNumber)) fail('routingNumber', 'A routing number is nine digits that pass the bank check.');
        if (!/^\d{4,17}$/.test(accountNumber)) fail('accountNumber', 'An account number is 4 to 17 digits.');
        return { kind: 'bank', routingNumber, accountNumber, accountType: draft.accountType };
      }
      const number = digits(draft.number);
      const brand = detectCardBrand(number);
      const expiry = parseExpiry(draft.expiry);
      const codeLength = brand?.securityCodeLength ?? 3;
      if (!isCompleteCardNumber(number)) fail('number', 'That is not a whole card number: it fails the card check.');
      if (!expiry) fail('expiry', 'Use the expiry as MM/YY, e.g. 08/29.');
      else if (`${expiry.year}-${String(expiry.month).padStart(2, '0')}` < asOf.slice(0, 7)) fail('expiry', 'This card has expired.');
      if (!new RegExp(`^\\d{${codeLength}}$`).test(draft.securityCode)) fail('securityCode', `The security code is ${codeLength} digits${brand ? ` for ${brand.name}` : ''}.`);
      if (!/^\d{5}(-\d{4})?$/.test(draft.postalCode.trim())) fail('postalCode', 'A ZIP code is five digits.');
      return { kind: 'card', number, expMonth: expiry?.month ?? 1, expYear: expiry?.year ?? 2000, securityCode: draft.securityCode, postalCode: draft.postalCode.trim() };
    })
    .pipe(CreateTokenRequestSchema);
}

/** Which field a processor refusal is about, so its message shows there. */
export const REFUSAL_FIELDS: Readonly<Record<string, keyof MethodDraft>> = {
  CARD_NUMBER_INVALID: 'number',
  CARD_EXPIRED: 'expiry',
  SECURITY_CODE_INVALID: 'securityCode',
  ROUTING_NUMBER_INVALID: 'routingNumber',
  ACCOUNT_NUMBER_INVALID: 'accountNumber',
};
