/** Participation: the member's M3P elections, with the channels, dates and reasons reps never saw before. */
import { z } from 'zod';
import { ConfirmationNumberSchema, IsoDateSchema } from './primitives';
import { ParticipationStatusSchema } from './member';

export const OptInChannelSchema = z.enum(['phone', 'web', 'mail', 'point_of_sale']);
export type OptInChannel = z.infer<typeof OptInChannelSchema>;

export const TerminationReasonSchema = z.enum([
  'voluntary',
  'involuntary_nonpayment',
  'plan_change',
  'deceased',
  'end_of_plan_year',
]);
export type TerminationReason = z.infer<typeof TerminationReasonSchema>;

export const ParticipationEventKindSchema = z.enum([
  'opt_in_requested',
  'opt_in_approved',
  'opt_in_rejected',
  'opt_out_requested',
  'renewed',
  'terminated',
  /** A rep moved the opt-in's effective date (within the client's window, or once a team lead approved). */
  'effective_date_changed',
  /** A back-date beyond the client's window, waiting for a team lead. */
  'effective_date_change_pending',
  /** A team lead rejected a back-date that waited for approval: the effective date stays as it was. */
  'effective_date_change_rejected',
]);
export type ParticipationEventKind = z.infer<typeof ParticipationEventKindSchema>;

export const ParticipationEventSchema = z.object({
  id: z.string().min(1),
  planYear: z.number().int(),
  kind: ParticipationEventKindSchema,
  occurredOn: IsoDateSchema,
  effectiveOn: IsoDateSchema.nullable(),
  channel: OptInChannelSchema.nullable(),
  confirmationNumber: ConfirmationNumberSchema.nullable(),
  /** A stable code (see shared/m3p/reason-codes.ts), null when none applies. */
  reasonCode: z.string().nullable(),
  /** Who acted: "Member", "Rep A. Moreno", "System". */
  actor: z.string().min(1),
  /** The console user who made the change; null for the member's own requests, the system and old history. */
  actorId: z.string().nullable(),
  /** On whose authority: "Member", "Dana Carter (appointed representative)"; null when no caller was involved. */
  authorizedBy: z.string().nullable(),
  /** Why, in the rep's words (a back-date's reason, an opt-out's note). */
  note: z.string().nullable(),
});
export type ParticipationEvent = z.infer<typeof ParticipationEventSchema>;

/** Why an opt-in is not possible: stable codes the UI acts on. */
export const IneligibilityCodeSchema = z.enum(['NO_ACTIVE_PART_D', 'ALREADY_PARTICIPATING', 'PRECLUDED_UNPAID_BALANCE']);
export type IneligibilityCode = z.infer<typeof IneligibilityCodeSchema>;

export const OptInEligibilitySchema = z.object({
  planYear: z.number().int(),
  isEligible: z.boolean(),
  /** Null when eligible. */
  code: IneligibilityCodeSchema.nullable(),
  /** The sentence the rep reads to the caller; null when eligible. */
  message: z.string().nullable(),
  /** The effective date an opt-in requested by phone today would get; null when not eligible. */
  effectiveOn: IsoDateSchema.nullable(),
});
export type OptInEligibility = z.infer<typeof OptInEligibilitySchema>;

export const ParticipationSchema = z.object({
  status: ParticipationStatusSchema,
  planYear: z.number().int(),
  effectiveOn: IsoDateSchema.nullable(),
  endsOn: IsoDateSchema.nullable(),
  optInChannel: OptInChannelSchema.nullable(),
  confirmationNumber: ConfirmationNumberSchema.nullable(),
  terminationReason: TerminationReasonSchema.nullable(),
  /** Newest first. */
  history: z.array(ParticipationEventSchema),
  /**
   * Whether an opt-in is possible, for each plan year the backend takes requests for (the current one,
   * and late in the year the next), so the rep learns the reason before starting, not after.
   */
  optInEligibility: z.array(OptInEligibilitySchema),
  /** A back-date waiting for a team lead's approval; null when none. */
  pendingEffectiveDate: z
    .object({ effectiveOn: IsoDateSchema, requestedOn: IsoDateSchema, approvalId: z.string().min(1), confirmationNumber: ConfirmationNumberSchema })
    .nullable(),
});
export type Participation = z.infer<typeof ParticipationSchema>;
