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
});
export type ParticipationEvent = z.infer<typeof ParticipationEventSchema>;

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
});
export type Participation = z.infer<typeof ParticipationSchema>;
