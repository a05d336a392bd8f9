/** Schemas for the identifiers and values every domain shares; one definition each. */
import { z } from 'zod';
import { isIsoDate } from '../lib/dates';
import { explainInvalidMbi, normalizeMbi } from '../lib/mbi';
import { toE164 } from '../lib/phone';

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'Use a real date as YYYY-MM-DD.' });

/** An instant as an ISO 8601 string with time zone (what `Date.prototype.toISOString` gives). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** Money in integer cents; never floating dollars. */
export const CentsSchema = z.number().int().safe();

/** A Medicare Beneficiary Identifier; accepts dashes and lower case, yields the bare upper-case form. */
export const MbiSchema = z
  .string()
  .transform(normalizeMbi)
  .superRefine((mbi, ctx) => {
    const problem = explainInvalidMbi(mbi);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A member ID: the client's three-letter prefix and nine digits, e.g. `NSH400012345`. */
export const MemberIdSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}\d{9}$/, 'A member ID is three letters and nine digits, e.g. NSH400012345.'));

/** A phone number in E.164; national formats are accepted and normalised. */
export const E164PhoneSchema = z
  .string()
  .transform((s, ctx) => {
    const e164 = toE164(s);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: 'A phone number has 10 digits, e.g. (555) 201-4477.' });
      return z.NEVER;
    }
    return e164;
  });

/** A Part D contract ID: H, R, S or E and four digits. */
export const ContractIdSchema = z.string().regex(/^[HRSE]\d{4}$/);

/** A plan benefit package ID: three digits. */
export const PbpIdSchema = z.string().regex(/^\d{3}$/);

/** Identifies one white-label client (health plan) the call center serves. */
export const ClientIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);

/** A confirmation number returned for every change, e.g. `M3P-7Q4K-2C9D`. */
export const ConfirmationNumberSchema = z.string().regex(/^[A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
