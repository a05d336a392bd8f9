/**
 * The shapes of PHI and card data the diagnostics scrubber looks for in text. Every pattern stays on
 * one line (no `\s` that could cross a newline), so log text can be scrubbed in line-aligned chunks.
 */
import { MBI_POSITION_ALPHABETS } from '../../shared/lib/mbi';

/** An MBI with or without the card's dashes (`1EG4-TE5-MK73`), any case, built from the CMS position rules. */
export const MBI_PATTERN = new RegExp(
  `(?<![A-Za-z0-9])${MBI_POSITION_ALPHABETS.map((alphabet, index) => `[${alphabet}]${index === 3 || index === 6 ? '-?' : ''}`).join('')}(?![A-Za-z0-9])`,
  'gi',
);

/** A member ID as MemberIdSchema defines it: the client's three letters and nine digits. */
export const MEMBER_ID_PATTERN = /(?<![A-Za-z0-9])[A-Za-z]{3}\d{9}(?![A-Za-z0-9])/g;

/** A run of 13 or more digits, possibly grouped by spaces or dashes: card numbers are judged by Luhn inside it. */
export const DIGIT_RUN_PATTERN = /(?<!\d)\d(?:[ -]?\d){12,}(?!\d)/g;

/** A North American number in any usual format, or E.164 elsewhere. */
export const PHONE_PATTERNS: readonly RegExp[] = [
  /(?<![\w+])(?:\+?1[ .-]?)?(?:\([ \t]*[2-9]\d{2}[ \t]*\)|[2-9]\d{2})[ .-]?[2-9]\d{2}[ .-]?\d{4}(?!\d)/g,
  /(?<![\w+])\+[2-9]\d{6,14}(?!\d)/g,
];

/** A social security number with separators, or nine digits right after an SSN label. */
export const SSN_PATTERNS: readonly RegExp[] = [
  /(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)/g,
  /\b(ssn|social[ _-]?security(?:[ _-]?(?:number|no))?)\b([^\w\n]{0,4})(\d{9})(?!\d)/gi,
];

/** A card security code right after its label, in prose or key=value form. */
export const CVV_PATTERN = /\b(cvv2?|cvc2?|csc|security[ _-]?code|card[ _-]?verification(?:[ _-]?(?:value|code))?)\b([^\w\n]{0,4}(?:(?:is|was|of)[^\w\n]{1,3})?)(\d{3,4})(?!\d)/gi;

const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Calendar dates in the forms people and systems write them; each match is judged by `yearOfDate`. */
export const DATE_PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/g,
  /(?<![\d.])(\d{1,2})[-/](\d{1,2})[-/](\d{4}|\d{2})(?![\d/-])/g,
  // Eight digits exactly (YYYYMMDD or MMDDYYYY); longer runs are judged by yearOfDate's length check.
  /\d{8,}/g,
  new RegExp(`\\b${MONTH_NAME}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?[ \\t]+${MONTH_NAME}\\.?,?[ \\t]+\\d{4}\\b`, 'gi'),
];

/** A date of birth right after its label: scrubbed whatever its year. */
export const DOB_LABEL_PATTERN = new RegExp(
  `\\b(date[ _-]?of[ _-]?birth|birth[ _-]?date|dob|d\\.o\\.b\\.?|born(?:[ _]on)?)([^\\w\\n]{0,4})(\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|\\d{8}|${MONTH_NAME}\\.?[ \\t]+\\d{1,2},?[ \\t]+\\d{4}|\\d{1,2}[ \\t]+${MONTH_NAME}\\.?[ \\t]+\\d{4})`,
  'gi',
);

const STREET_SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Alley|Pike|Run|Crossing|Xing|Bend|Ridge|Hills?|Heights|Point|Park|Cove|Creek|Glen|Grove|Hollow|Meadows?|Path|Pass|Crescent|Close|Walk|Landing|View|Green|Commons|Plaza|Bay|Bluff|Brook|Estates|Harbor|Knoll|Manor|Mill|Orchard|Springs?|Summit|Valley|Village|Vista)';
const TITLE_WORD = "[A-Z][A-Za-z'’.-]*";

/** A street line (number, words, suffix, unit) with the city, state and ZIP that may follow; or a PO box. */
export const ADDRESS_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `(?<![\\w-])\\d{1,6}[A-Za-z]?(?:[ \\t]+${TITLE_WORD}){1,4}[ \\t]+${STREET_SUFFIX}\\b\\.?` +
      `(?:,?[ \\t]+(?:Apt|Apartment|Suite|Ste|Unit|#)\\.?[ \\t]*[\\w-]+)?` +
      `(?:,[ \\t]*${TITLE_WORD}(?:[ \\t]+${TITLE_WORD}){0,2})?(?:,?[ \\t]+[A-Z]{2})?(?:[ \\t]+\\d{5}(?:-\\d{4})?)?`,
    'g',
  ),
  /\bP\.?[ \t]?O\.?[ \t]*Box[ \t]+\d+/gi,
  new RegExp(`\\b${TITLE_WORD}(?:[ \\t]+${TITLE_WORD}){0,2},[ \\t]*[A-Z]{2}[ \\t]+\\d{5}(?:-\\d{4})?\\b`, 'g'),
];

/** An e-mail address. */
export const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** A name (one to three capitalised words) right after a word that introduces a person. */
export const CUED_NAME_PATTERN =
  /\b([Mm]ember|MEMBER|[Cc]aller|CALLER|[Pp]atient|[Bb]eneficiary|[Ee]nrollee|[Cc]ardholder|[Rr]epresentative|[Nn]amed?|NAME|Mrs?|Ms|Miss|Dr)(\.?[ \t]*[:=]?[ \t]+)(?!(?:IDs?|MBIs?|Services|Console|Portal|Cache|Record|Search|Profile|Number|Not|The|This|That|Was|Is|Has|Had|In|On|At|Of|For|And|Or|With|From|No|Yes)\b)([A-Z][\p{L}'’-]+(?:[ \t]+[A-Z]\.?(?=[ \t]))?(?:[ \t]+[A-Z][\p{L}'’-]+){0,2})/gu;

/** Bearer and basic credentials, and JSON web tokens anywhere. */
export const CREDENTIAL_PATTERNS: readonly RegExp[] = [/\b(Bearer|Basic)[ \t]+[A-Za-z0-9._~+/=-]{8,}/gi, /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g];

/** A UUID (action ids, idempotency keys): protected from the digit rules, it says nothing about anyone. */
export const UUID_PATTERN = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** The year a DATE_PATTERNS match stands for, or null when it is no real calendar date. */
export function yearOfDate(text: string, now: Date): number | null {
  if (/^\d{9,}$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  const real = (y: number, m: number, d: number) => (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1880 && y <= now.getUTCFullYear() + 1 ? y : null);
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (iso) return real(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2,4})$/.exec(text);
  if (us) {
    let year = Number(us[3]);
    if (us[3]!.length === 2) year += year > now.getUTCFullYear() % 100 ? 1900 : 2000;
    return real(year, Number(us[1]), Number(us[2]));
  }
  if (/^\d{8}$/.test(text)) {
    return real(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6))) ?? real(Number(text.slice(4)), Number(text.slice(0, 2)), Number(text.slice(2, 4)));
  }
  const year = Number(digits.slice(-4));
  return year >= 1880 && year <= now.getUTCFullYear() + 1 ? year : null;
}
