/** Claims: Part D fills and the member's cost sharing on each, the input to every bill. */
import { z } from 'zod';
import { CentsSchema, IsoDateSchema } from './primitives';

export const ClaimSchema = z.object({
  id: z.string().min(1),
  fillDate: IsoDateSchema,
  drugName: z.string().min(1),
  rxNumber: z.string().min(1),
  pharmacyName: z.string().min(1),
  /** The member's own cost sharing (deductible, copay, coinsurance); what M3P bills. */
  costSharingCents: CentsSchema,
  planPaidCents: CentsSchema,
  /** False for fills before the opt-in date: paid at the pharmacy, not billed by M3P. */
  isBilledByM3p: z.boolean(),
});
export type Claim = z.infer<typeof ClaimSchema>;
