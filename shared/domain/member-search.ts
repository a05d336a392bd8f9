/** Member search: one field that takes any key a caller can give, and says plainly what is wrong. */
import { z } from 'zod';
import { parseUserDate, todayIso } from '../lib/dates';
import { containsCardNumber } from '../lib/luhn';
import { explainInvalidMbi, normalizeMbi } from '../lib/mbi';
import { toE164 } from '../lib/phone';
import { E164PhoneSchema, IsoDateSchema, MbiSchema, MemberIdSchema } from './primitives';

const LastNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a last name.')
  .max(60)
  // Unicode letters: Peña, Núñez; both apostrophes, since Mac keyboards type the curly one (O’Brien).
  .regex(/^\p{L}[\p{L}\p{M}'’ .-]*$/u, 'A last name has letters, spaces, hyphens or apostrophes only.');

/** A date of birth: a real date, not in the future, not before 1900. */
export const DateOfBirthSchema = IsoDateSchema.refine((d) => d <= todayIso(), {
  message: "A date of birth can't be in the future.",
}).refine((d) => d >= '1900-01-01', { message: "A date of birth can't be before 1900." });

export const MemberSearchQuerySchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('mbi'), mbi: MbiSchema }),
  z.object({ by: z.literal('memberId'), memberId: MemberIdSchema }),
  z.object({ by: z.literal('phone'), phone: E164PhoneSchema }),
  z.object({ by: z.literal('nameDob'), lastName: LastNameSchema, dateOfBirth: DateOfBirthSchema }),
]);
export type MemberSearchQuery = z.infer<typeof MemberSearchQuerySchema>;
export type MemberSearchKey = MemberSearchQuery['by'];

/** How each key reads in the search hint. */
export const SEARCH_KEY_LABELS: Record<MemberSearchKey, string> = {
  mbi: 'MBI',
  memberId: 'member ID',
  phone: 'phone number',
  nameDob: 'last name and date of birth',
};

export type ParsedSearchText =
  | { ok: true; query: MemberSearchQuery }
  | { ok: false; key: MemberSearchKey | null; message: string };

const EXAMPLE = 'Type an MBI, a member ID, a phone number, or a last name and date of birth (Garcia 03/14/1951).';

function fail(key: MemberSearchKey | null, message: string): ParsedSearchText {
  return { ok: false, key, message };
}

function firstIssue(result: { success: false; error: z.ZodError }): string {
  return result.error.issues[0]?.message ?? 'That search is not valid.';
}

/** Works out which key the rep typed and validates it; never returns a query the backend would reject. */
export function parseMemberSearchText(text: string): ParsedSearchText {
  const trimmed = text.trim();
  if (trimmed === '') return fail(null, EXAMPLE);
  if (containsCardNumber(trimmed)) {
    return fail(null, 'That looks like a card number. Card numbers never go in search; clear the field.');
  }
  if (/^[A-Za-z]{3}[\s-]?\d+$/.test(trimmed)) {
    const parsed = MemberSearchQuerySchema.safeParse({ by: 'memberId', memberId: trimmed.replace(/[\s-]/g, '') });
    return parsed.success ? { ok: true, query: parsed.data } : fail('memberId', firstIssue(parsed));
  }
  if (/^[\d\s().+-]+$/.test(trimmed)) {
    return toE164(trimmed)
      ? { ok: true, query: { by: 'phone', phone: toE164(trimmed)! } }
      : fail('phone', 'A phone number has 10 digits, e.g. (555) 201-4477.');
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    return fail('nameDob', 'Add the last name before the date of birth, e.g. Garcia 03/14/1951.');
  }
  if (/^\d/.test(trimmed)) {
    const mbi = normalizeMbi(trimmed);
    const problem = explainInvalidMbi(mbi);
    return problem ? fail('mbi', `Not a valid MBI. ${problem}`) : { ok: true, query: { by: 'mbi', mbi } };
  }
  const nameAndDate = /^(.+?)[,\s]+(\S*\d\S*)$/u.exec(trimmed);
  if (!nameAndDate) {
    return fail('nameDob', 'Add the date of birth after the last name, e.g. Garcia 03/14/1951.');
  }
  const typedDate = nameAndDate[2]!;
  const dateOfBirth = parseUserDate(typedDate);
  if (!dateOfBirth) {
    const isDateShaped = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(typedDate);
    return fail('nameDob', isDateShaped ? `${typedDate} is not a real date.` : 'Write the date of birth as MM/DD/YYYY, e.g. 03/14/1951.');
  }
  const parsed = MemberSearchQuerySchema.safeParse({ by: 'nameDob', lastName: nameAndDate[1], dateOfBirth });
  return parsed.success ? { ok: true, query: parsed.data } : fail('nameDob', firstIssue(parsed));
}
