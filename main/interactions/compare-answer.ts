/**
 * Compares one answer the caller gave with the member's record, forgivingly about how it was typed
 * (case, spaces, dashes, accents, US or ISO dates, any phone format) and strictly about what it says.
 * Only the yes or no leaves this function: never the record's value, never the answer.
 */
import type { VerificationIdentifier } from '../../shared/domain/client-rules';
import type { Member } from '../../shared/domain/member';
import { normalizeMbi } from '../../shared/lib/mbi';
import { toE164 } from '../../shared/lib/phone';

/** Lower-case letters only: accents, case, spaces, dashes, apostrophes and dots do not count. */
const letters = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** First and last name (the middle initial may be said or not); "Last, First" is read too. */
function isSameName(answer: string, member: Member): boolean {
  const [before, after] = answer.split(',');
  const said = letters(after === undefined ? answer : `${after} ${before}`);
  const first = letters(member.firstName);
  const last = letters(member.lastName);
  const middle = letters(member.middleInitial ?? '');
  return said === first + last || (middle !== '' && said === first + middle + last);
}

/** The date as YYYY-MM-DD, from YYYY-MM-DD or US M/D/YYYY (slashes, dashes or dots); null when unreadable. */
export function readDate(answer: string): string | null {
  const text = answer.replace(/\s/g, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : [];
  if (!year || !month || !day) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Street number and ZIP code (ZIP+4 accepted): both must be said; a street line with no number needs the ZIP only. */
function isSameAddress(answer: string, member: Member): boolean {
  const numbers: string[] = answer.replace(/\b(\d{5})-\d{4}\b/g, '$1').match(/\d+/g) ?? [];
  const zip = member.address.zip.slice(0, 5);
  const streetNumber = /\d+/.exec(member.address.line1)?.[0] ?? null;
  const rest = numbers.filter((n, index) => !(n === zip && numbers.indexOf(zip) === index));
  if (rest.length === numbers.length) return false;
  return streetNumber === null || rest.some((n) => n.replace(/^0+/, '') === streetNumber.replace(/^0+/, ''));
}

const bare = (text: string): string => text.replace(/[\s-]/g, '').toUpperCase();

/** True when the caller's answer for `identifier` matches the member's record. */
export function compareAnswer(identifier: VerificationIdentifier, answer: string, member: Member): boolean {
  switch (identifier) {
    case 'full_name':
      return isSameName(answer, member);
    case 'date_of_birth':
      return readDate(answer) === member.dateOfBirth;
    case 'member_id':
      return bare(answer) === bare(member.memberId);
    case 'mbi':
      return normalizeMbi(answer) === member.mbi;
    case 'address':
      return isSameAddress(answer, member);
    case 'phone': {
      const said = toE164(answer);
      return said !== null && said === member.phone;
    }
  }
}
