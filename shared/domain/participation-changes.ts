/**
 * What a rep asks the backend to change about a member's participation, and what comes back. Every
 * change names the authority it was made on and returns a confirmation number.
 */
import { z } from 'zod';
import { containsCardNumber } from '../lib/luhn';
import { ReasonCodeSchema } from './client-rules';
import { MemberProfileSchema } from './member-profile';
import { OptInChannelSchema } from './participation';
import { CentsSchema, ConfirmationNumberSchema, IsoDateSchema } from './primitives';
import { RefundKindSchema } from './refunds';

/** Who authorised the change: the member, or a representative on file (by id). */
export const AuthorizedBySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member') }).strict(),
  z.object({ kind: z.literal('representative'), representativeId: z.string().regex(/^[A-Z0-9-]{4,40}$/) }).strict(),
]);
export type AuthorizedBy = z.infer<typeof AuthorizedBySchema>;

/** Free text a rep types into a record: never a card number (PCI DSS). */
const RecordTextSchema = z
  .string()
  .trim()
  .max(500, 'Keep it under 500 characters.')
  .refine((text) => !containsCardNumber(text), 'That looks like a card number. Never type card numbers into notes.');

export const OptInRequestSchema = z
  .object({
    planYear: z.number().int().min(2024).max(2100),
    channel: OptInChannelSchema,
    /** When the member (or the pharmacy, for urgent requests) asked; never in the future. */
    requestedOn: IsoDateSchema,
    authorizedBy: AuthorizedBySchema,
  })
  .strict();
export type OptInRequest = z.infer<typeof OptInRequestSchema>;

export const OptOutRequestSchema = z
  .object({
    reasonCode: ReasonCodeSchema,
    channel: OptInChannelSchema,
    requestedOn: IsoDateSchema,
    authorizedBy: AuthorizedBySchema,
    note: RecordTextSchema.optional(),
  })
  .strict();
export type OptOutRequest = z.infer<typeof OptOutRequestSchema>;

export const EffectiveDateChangeSchema = z
  .object({
    effectiveOn: IsoDateSchema,
    reason: RecordTextSchema.pipe(z.string().min(3, 'Say why the effective date changes.')),
    authorizedBy: AuthorizedBySchema,
  })
  .strict();
export type EffectiveDateChange = z.infer<typeof EffectiveDateChangeSchema>;

/** What every participation change answers: done, or saved for a team lead; with the record after it. */
export const ChangeResultSchema = z.object({
  status: z.enum(['completed', 'pending_approval']),
  confirmationNumber: ConfirmationNumberSchema,
  /** The approval request a team lead will see; null when completed. */
  approvalId: z.string().min(1).nullable(),
  /** The member's record after the change, so the console's copy never shows the state before it. */
  profile: MemberProfileSchema,
});
export type ChangeResult = z.infer<typeof ChangeResultSchema>;

/** A request waiting for a team lead: back-dates beyond the window, refunds above the client's threshold. */
export const ApprovalSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['effective_date_change', 'refund']),
  status: z.enum(['pending', 'approved', 'rejected']),
  memberId: z.string(),
  clientId: z.string(),
  requestedBy: z.string(),
  requestedAt: z.iso.datetime({ offset: true }),
  reason: z.string(),
  confirmationNumber: ConfirmationNumberSchema,
  /** The effective date asked for (effective_date_change). */
  effectiveOn: IsoDateSchema.nullable(),
  /** The refund's amount (refund); null for other kinds. */
  amountCents: CentsSchema.nullable(),
  /** Which overpayment resolution (refund); null for other kinds. */
  refundKind: RefundKindSchema.nullable(),
});
export type Approval = z.infer<typeof ApprovalSchema>;
