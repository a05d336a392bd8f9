/**
 * Phone numbers: stored and matched in E.164, typed or passed by a phone system in any format.
 *
 * Parsing is libphonenumber-js's (a maintained copy of Google's metadata), with the US as the default
 * country: national formats, a leading 1, +1, spaces, dots, dashes, `tel:` and extensions all read.
 * For +1 numbers only the North American plan's shape is required (area code and exchange never start
 * with 0 or 1), not the library's list of assigned area codes: the fictional 555 numbers the sandbox,
 * the demos and the tests use must match too. Other countries' numbers must be valid there.
 */
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js';

const NANP_NATIONAL = /^[2-9]\d{2}[2-9]\d{6}$/;

function parse(input: string): PhoneNumber | null {
  // Never hand the library a huge string: it scans what it is given.
  if (input.length > 64) return null;
  const number = parsePhoneNumberFromString(input, 'US');
  if (!number || !number.isPossible()) return null;
  if (number.countryCallingCode === '1') return NANP_NATIONAL.test(number.nationalNumber) ? number : null;
  return number.isValid() ? number : null;
}

/** Returns the number in E.164 (+15552014477), or null when it is not a phone number. */
export function toE164(input: string): string | null {
  return parse(input)?.number ?? null;
}

/**
 * Formats an E.164 number for reading aloud and for typing back into search: (555) 201-4477 for North
 * American numbers, +44 20 7123 4567 for the rest; anything that is not a number comes back as it is.
 */
export function formatPhone(e164: string): string {
  const number = parse(e164);
  if (!number) return e164;
  return number.countryCallingCode === '1' ? number.formatNational() : number.formatInternational();
}
