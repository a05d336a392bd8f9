/**
 * The last line of defence before diagnostics leave the desktop: every text file in the archive is
 * rewritten so no card number, security code, MBI, member ID, phone number, SSN, date of birth,
 * address, e-mail, cued name or credential survives, whatever a message string or error text held.
 *
 * The logger redacts by field name only; messages, error messages and stacks reach the log files as
 * written. Patterns catch the shapes; `knownWords` (the names and places of members in this desktop's
 * cache) catch a name no pattern can tell from other words.
 */
import { passesLuhn } from '../../shared/lib/luhn';
import { scrubKeyedValues } from './keyed-values';
import {
  ADDRESS_PATTERNS,
  CREDENTIAL_PATTERNS,
  CUED_NAME_PATTERN,
  CVV_PATTERN,
  DATE_PATTERNS,
  DIGIT_RUN_PATTERN,
  DOB_LABEL_PATTERN,
  EMAIL_PATTERN,
  MBI_PATTERN,
  MEMBER_ID_PATTERN,
  PHONE_PATTERNS,
  SSN_PATTERNS,
  UUID_PATTERN,
  yearOfDate,
} from './phi-patterns';

/** Words known to be PHI on this desktop: names match in any case, places as written, Title or UPPER case. */
export interface KnownPhiWords {
  readonly names: readonly string[];
  readonly places: readonly string[];
}

/** Scrubs text and counts what it replaced, by kind, for the archive's manifest. */
export interface PhiScrubber {
  scrub(text: string): string;
  counts(): Readonly<Record<string, number>>;
}

/** Dates this many years old or more are taken for dates of birth: log times and plan dates are recent. */
const OLD_DATE_YEARS = 10;
/** A word in a Latin script, hyphens and apostrophes inside (no `u` flag: it doubles the cost on a week of logs). */
const LATIN_WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*/g;
/** Private-use characters mark the UUIDs set aside in one call (U+E000–U+F8FF). */
const MAX_HIDDEN = 0xf8ff - 0xe000 + 1;

/** Replaces the groups of a digit run that form a Luhn-valid 13–19 digit card number. */
function scrubCardRun(run: string): string | null {
  const groups = run.split(/[ -]/);
  for (let start = 0; start < groups.length; start += 1) {
    let digits = '';
    for (let end = start; end < groups.length && digits.length < 19; end += 1) {
      digits += groups[end];
      if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) {
        const rest = [...groups.slice(0, start), '[card]', ...groups.slice(end + 1)];
        return rest.join(' ');
      }
    }
  }
  return null;
}

function wordVariants(words: readonly string[], anyCase: boolean): Set<string> {
  const set = new Set<string>();
  for (const word of words) {
    for (const part of [word, ...word.split(/[-'’ ]/)]) {
      if (part.length < 2 || /\d/.test(part)) continue;
      if (anyCase) set.add(part.toLowerCase());
      else for (const form of [part, part.toUpperCase(), part.charAt(0).toUpperCase() + part.slice(1).toLowerCase()]) set.add(form);
    }
  }
  return set;
}

/** Creates a scrubber; `now` decides which dates count as old (default: the clock). */
export function createPhiScrubber(options: { knownWords?: KnownPhiWords; now?: Date } = {}): PhiScrubber {
  const now = options.now ?? new Date();
  const oldBefore = now.getUTCFullYear() - OLD_DATE_YEARS;
  const names = wordVariants(options.knownWords?.names ?? [], true);
  const places = wordVariants(options.knownWords?.places ?? [], false);
  const tally: Record<string, number> = {};
  const count = (kind: string) => void (tally[kind] = (tally[kind] ?? 0) + 1);
  const replaceAll = (text: string, patterns: readonly RegExp[], kind: string) =>
    patterns.reduce((out, pattern) => out.replace(pattern, () => (count(kind), `[${kind}]`)), text);

  const isKnown = (word: string) => names.has(word.toLowerCase()) || places.has(word);
  const steps: ReadonlyArray<(text: string) => string> = [
    (text) => replaceAll(text, CREDENTIAL_PATTERNS, 'secret'),
    // Only lines with an @ are searched: the pattern is slow to reject everything else.
    (text) => (text.includes('@') ? text.replace(/^[^\n@]*@[^\n]*$/gm, (line) => replaceAll(line, [EMAIL_PATTERN], 'email')) : text),
    (text) => text.replace(DOB_LABEL_PATTERN, (_m, label: string, gap: string) => (count('dob'), `${label}${gap}[dob]`)),
    (text) => text.replace(CVV_PATTERN, (_m, label: string, gap: string) => (count('cvv'), `${label}${gap}[cvv]`)),
    (text) => text.replace(SSN_PATTERNS[1]!, (_m, label: string, gap: string) => (count('ssn'), `${label}${gap}[ssn]`)),
    (text) => scrubKeyedValues(text, count),
    (text) => replaceAll(text, [MBI_PATTERN], 'mbi'),
    (text) => replaceAll(text, [MEMBER_ID_PATTERN], 'member-id'),
    (text) => text.replace(DIGIT_RUN_PATTERN, (run) => {
      const scrubbed = scrubCardRun(run);
      if (scrubbed === null) return run;
      count('card');
      return scrubbed;
    }),
    (text) => replaceAll(text, [SSN_PATTERNS[0]!], 'ssn'),
    (text) => replaceAll(text, PHONE_PATTERNS, 'phone'),
    (text) => DATE_PATTERNS.reduce((out, pattern) => out.replace(pattern, (date) => {
      const year = yearOfDate(date, now);
      if (year === null || year >= oldBefore) return date;
      count('date');
      return '[date]';
    }), text),
    (text) => replaceAll(text, ADDRESS_PATTERNS, 'address'),
    (text) => text.replace(CUED_NAME_PATTERN, (_m, cue: string, gap: string) => (count('name'), `${cue}${gap}[name]`)),
    (text) => (names.size + places.size === 0 ? text : text.replace(LATIN_WORD, (word: string, at: number, all: string) => {
      // A JSON key is a field name, never PHI: a member called Level must not break every log line.
      if (all[at - 1] === '"' && all.startsWith('":', at + word.length)) return word;
      if (!isKnown(word) && !word.split(/[-'’]/).some((part) => part.length >= 2 && isKnown(part))) return word;
      count('known-name');
      return '[name]';
    })),
  ];

  return {
    scrub(text) {
      // UUIDs say nothing about anyone but are full of digits: set aside so no digit rule breaks them.
      const kept: string[] = [];
      const hidden = text.replace(UUID_PATTERN, (uuid) => (kept.length >= MAX_HIDDEN ? uuid : `\u0001${String.fromCharCode(0xe000 + kept.push(uuid) - 1)}\u0001`));
      const scrubbed = steps.reduce((out, step) => step(out), hidden);
      return scrubbed.replace(/\u0001([\ue000-\uf8ff])\u0001/g, (_m, mark: string) => kept[mark.charCodeAt(0) - 0xe000] ?? '');
    },
    counts: () => ({ ...tally }),
  };
}
