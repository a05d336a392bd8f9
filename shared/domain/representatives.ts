/** The people on file who may act for a member: who a rep may take an opt-in or opt-out from besides the member. */
import { z } from 'zod';
import { IsoDateSchema } from './primitives';

export const RepresentativeKindSchema = z.enum(['appointed', 'personal']);
export type RepresentativeKind = z.infer<typeof RepresentativeKindSchema>;

export const RepresentativeSchema = z.object({
  id: z.string().regex(/^[A-Z0-9-]{4,40}$/),
  name: z.string().min(1),
  /** appointed: CMS-1696 or equivalent (valid one year); personal: under state law (power of attorney, guardian). */
  kind: RepresentativeKindSchema,
  /** "Daughter", "Attorney", "Court-appointed guardian". */
  relationship: z.string().min(1),
  /** The document on file, e.g. "CMS-1696 signed 2026-03-02", "Durable power of attorney". */
  document: z.string().min(1),
  /** When the authority lapses; null when open-ended. An expired representative cannot authorise a change. */
  expiresOn: IsoDateSchema.nullable(),
});
export type Representative = z.infer<typeof RepresentativeSchema>;
