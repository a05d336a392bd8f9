/**
 * Per-client (white-label) rules and program settings, served by the backend: the console never hard-codes
 * a plan's policy, because two plans may answer the same request differently.
 */
import { z } from 'zod';
import { CentsSchema, ClientIdSchema } from './primitives';

/** A stable reason code a client accepts, e.g. `COST` → "Costs more than paying at the pharmacy". */
export const ReasonCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_-]{1,39}$/, 'A reason code is a short upper-case code, e.g. COST.');

export const OptOutReasonSchema = z.object({ code: ReasonCodeSchema, label: z.string().min(1) });
export type OptOutReason = z.infer<typeof OptOutReasonSchema>;

/** The identifiers a rep may match to verify a caller (DOMAIN.md, "Who is on the phone"). */
export const VerificationIdentifierSchema = z.enum(['full_name', 'date_of_birth', 'member_id', 'mbi', 'address', 'phone']);
export type VerificationIdentifier = z.infer<typeof VerificationIdentifierSchema>;

export const ClientRulesSchema = z.object({
  clientId: ClientIdSchema,
  /** The codes an opt-out must carry, in the order the rep sees them. */
  optOutReasons: z.array(OptOutReasonSchema).min(1),
  /**
   * How many days before the business date (today) the NEW effective date may fall and still apply
   * without a team lead's approval; counted from the new date to today, not by how far the date moves.
   */
  backdateWindowDays: z.number().int().min(0).max(366),
  /** Urgent point-of-sale requests: effective on the pharmacy visit (request) date, or on processing like any other. */
  urgentRequestEffective: z.enum(['request_date', 'processing_date']),
  /** Whether an unpaid balance from an earlier plan year blocks a new opt-in (the plan may preclude; DOMAIN.md). */
  precludesUnpaidPriorBalance: z.boolean(),
  /** Refunds above this need a team lead's approval. */
  refundApprovalThresholdCents: CentsSchema.nonnegative(),
  /** The disposition codes a rep picks from at wrap-up, in the order shown. */
  dispositions: z.array(z.object({ code: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/), label: z.string().min(1) })).min(1),
  verification: z.object({
    /** Identifiers that must match before anything beyond the member's name is disclosed. */
    requiredMatches: z.number().int().min(1).max(6),
    /** Identifiers that must match before a payment method or the address changes. */
    requiredMatchesForChanges: z.number().int().min(1).max(6),
    accepted: z.array(VerificationIdentifierSchema).min(2),
  }),
});
export type ClientRules = z.infer<typeof ClientRulesSchema>;

/** One plan year's program configuration; null where CMS has not announced (or IT not configured) a figure. */
export const PlanYearSettingSchema = z.object({
  planYear: z.number().int().min(2024).max(2100),
  thresholdCents: CentsSchema.positive().nullable(),
  /** A single prescription's cost sharing at which the pharmacy is told the member is likely to benefit. */
  likelyToBenefitCents: CentsSchema.positive().nullable(),
});
export type PlanYearSetting = z.infer<typeof PlanYearSettingSchema>;

export const ProgramSettingsSchema = z.object({ planYears: z.array(PlanYearSettingSchema).min(1) });
export type ProgramSettings = z.infer<typeof ProgramSettingsSchema>;
