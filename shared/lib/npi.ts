/** National Provider Identifier check, so a transfer to a pharmacy never goes to a mistyped NPI. */
import { passesLuhn } from './luhn';

/**
 * True when the text is ten digits whose last is the check digit CMS defines: Luhn over the prefix
 * "80840" (the NPI's issuer identifier in the card-number scheme) followed by the first nine digits.
 */
export function isValidNpi(npi: string): boolean {
  return /^\d{10}$/.test(npi) && passesLuhn(`80840${npi}`);
}
