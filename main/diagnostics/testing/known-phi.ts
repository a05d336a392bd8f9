/**
 * One made-up member's PHI and card data in every form a log could hold it, and the scan that looks
 * for all of them: the diagnostics tests write these through the console's logger and then prove the
 * archive holds none, after the same scan has found each in the raw log (the positive control).
 */

export const KNOWN_PHI = {
  firstName: 'Rosalind',
  lastName: 'Okonkwo-Whitfield',
  mbi: '1EG4TE5MK73',
  mbiOnCard: '1EG4-TE5-MK73',
  dateOfBirth: '1951-03-14',
  phone: '+15552014477',
  street: '12 Quince Lane',
  city: 'Springfield',
  cardNumber: '4111111111111111',
  cardSpaced: '4111 1111 1111 1111',
  amexNumber: '378282246310005',
  cvv: '737',
  ssn: '123-45-6789',
  email: 'rosalind.ow@example.org',
} as const;

/** A needle and what it is, so a failure names the leak. */
interface Needle {
  readonly what: string;
  readonly test: (text: string) => boolean;
}

const has = (needle: string) => (text: string) => text.toLowerCase().includes(needle.toLowerCase());
/** The text with separators taken out: a card or phone number written 4111 1111… or (555) 201-… is still found. */
const digitsOnly = (text: string) => text.replace(/[\s().-]/g, '');

/** Every form the scan looks for. */
export const PHI_NEEDLES: readonly Needle[] = [
  { what: 'first name', test: has(KNOWN_PHI.firstName) },
  { what: 'last name', test: has(KNOWN_PHI.lastName) },
  { what: 'last name part', test: has('Okonkwo') },
  { what: 'MBI', test: (text) => has(KNOWN_PHI.mbi)(text.replace(/-/g, '')) },
  { what: 'DOB (ISO)', test: has(KNOWN_PHI.dateOfBirth) },
  { what: 'DOB (US)', test: has('03/14/1951') },
  { what: 'DOB (digits only)', test: (text) => /(?<!\d)(19510314|03141951)(?!\d)/.test(text) },
  { what: 'phone (E.164)', test: has(KNOWN_PHI.phone) },
  { what: 'phone (digits only, any format)', test: (text) => digitsOnly(text).includes('5552014477') },
  { what: 'street', test: has('Quince') },
  { what: 'city', test: has(KNOWN_PHI.city) },
  { what: 'card number (digits only, any format)', test: (text) => digitsOnly(text).includes(KNOWN_PHI.cardNumber) },
  { what: 'Amex number', test: (text) => digitsOnly(text).includes(KNOWN_PHI.amexNumber) },
  { what: 'CVV next to its label or as a value', test: (text) => /(cvv|cvc|security ?code)[^0-9\n]{0,12}737(?!\d)/i.test(text) || text.includes('"737"') },
  { what: 'SSN', test: (text) => digitsOnly(text).includes('123456789') },
  { what: 'e-mail', test: has(KNOWN_PHI.email) },
];

/** The names of the needles found in `text`. */
export function findPhi(text: string): string[] {
  return PHI_NEEDLES.filter((needle) => needle.test(text)).map((needle) => needle.what);
}
