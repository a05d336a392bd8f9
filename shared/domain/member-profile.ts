/** The whole record a rep works from, one object per data domain. */
import { z } from 'zod';
import { BillingSchema } from './billing';
import { ClaimSchema } from './claims';
import { ClientSchema } from './client';
import { ContactSchema } from './contacts';
import { MemberSchema } from './member';
import { ParticipationSchema } from './participation';
import { PaymentsSchema } from './payments';
import { IsoDateSchema } from './primitives';
import { RefundSchema } from './refunds';
import { RepresentativeSchema } from './representatives';

export const MemberProfileSchema = z.object({
  member: MemberSchema,
  client: ClientSchema,
  participation: ParticipationSchema,
  /** Appointed and personal representatives on file, who may authorise changes for the member. */
  representatives: z.array(RepresentativeSchema),
  /** Null when the member has no participation in the current plan year. */
  billing: BillingSchema.nullable(),
  payments: PaymentsSchema,
  /** Newest first. */
  refunds: z.array(RefundSchema),
  /** Newest fill first. */
  claims: z.array(ClaimSchema),
  /** Newest first. */
  contacts: z.array(ContactSchema),
  /** The backend's business date the record was computed for. */
  asOf: IsoDateSchema,
});
export type MemberProfile = z.infer<typeof MemberProfileSchema>;
