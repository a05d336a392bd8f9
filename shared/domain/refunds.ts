/** Refunds: overpayments reconciled to the member, their plan premium, or a pharmacy. */
import { z } from 'zod';
import { CentsSchema, ConfirmationNumberSchema, IsoDateSchema } from './primitives';

export const RefundKindSchema = z.enum(['member_refund', 'premium_transfer', 'pharmacy_transfer']);
export type RefundKind = z.infer<typeof RefundKindSchema>;

export const RefundSchema = z.object({
  id: z.string().min(1),
  requestedOn: IsoDateSchema,
  kind: RefundKindSchema,
  amountCents: CentsSchema,
  /** requested: the back office will issue it; pending_approval: above the client's threshold, waiting for a team lead. */
  status: z.enum(['requested', 'pending_approval', 'issued', 'rejected']),
  /** "Check to address on file", "Premium account", "CVS Pharmacy #4471 (NCPDP 1234567)". */
  destination: z.string().min(1),
  confirmationNumber: ConfirmationNumberSchema,
});
export type Refund = z.infer<typeof RefundSchema>;
