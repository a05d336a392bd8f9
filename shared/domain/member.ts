/** Member & eligibility: who the member is and the Part D coverage the program rides on. */
import { z } from 'zod';
import {
  ClientIdSchema,
  ContractIdSchema,
  E164PhoneSchema,
  IsoDateSchema,
  MbiSchema,
  MemberIdSchema,
  PbpIdSchema,
} from './primitives';

export const LisStatusSchema = z.enum(['none', 'partial', 'full']);
export type LisStatus = z.infer<typeof LisStatusSchema>;

export const AddressSchema = z.object({
  line1: z.string().min(1),
  line2: z.string().nullable(),
  city: z.string().min(1),
  state: z.string().regex(/^[A-Z]{2}$/),
  zip: z.string().regex(/^\d{5}(-\d{4})?$/),
});
export type Address = z.infer<typeof AddressSchema>;

export const EligibilitySchema = z.object({
  contractId: ContractIdSchema,
  pbpId: PbpIdSchema,
  planName: z.string().min(1),
  planType: z.enum(['PDP', 'MA-PD']),
  partDEffectiveOn: IsoDateSchema,
  /** Null while coverage continues. */
  partDEndsOn: IsoDateSchema.nullable(),
  lisStatus: LisStatusSchema,
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

export const ParticipationStatusSchema = z.enum(['not_enrolled', 'pending', 'active', 'terminated']);
export type ParticipationStatus = z.infer<typeof ParticipationStatusSchema>;

/** What a search result or a recent lookup shows: enough to pick the right person, no more. */
export const MemberSummarySchema = z.object({
  memberId: MemberIdSchema,
  mbi: MbiSchema,
  clientId: ClientIdSchema,
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  dateOfBirth: IsoDateSchema,
  phone: E164PhoneSchema,
  city: z.string(),
  state: z.string(),
  participationStatus: ParticipationStatusSchema,
});
export type MemberSummary = z.infer<typeof MemberSummarySchema>;

export const MemberSchema = z.object({
  memberId: MemberIdSchema,
  mbi: MbiSchema,
  clientId: ClientIdSchema,
  firstName: z.string().min(1),
  middleInitial: z.string().max(1).nullable(),
  lastName: z.string().min(1),
  dateOfBirth: IsoDateSchema,
  phone: E164PhoneSchema,
  email: z.string().nullable(),
  address: AddressSchema,
  preferredLanguage: z.string(),
  eligibility: EligibilitySchema,
});
export type Member = z.infer<typeof MemberSchema>;
