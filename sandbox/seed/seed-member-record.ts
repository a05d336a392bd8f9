/**
 * Everything the seed writes for one member, shaped like the API objects so the database layer maps
 * it once. Lists are oldest first, the order they happened; readers reverse them.
 */
import type { ContactNote } from '../../shared/domain/contacts';
import type { Member } from '../../shared/domain/member';
import type { Participation, ParticipationEvent } from '../../shared/domain/participation';
import type { Autopay, Payment, PaymentMethod } from '../../shared/domain/payments';
import type { Refund } from '../../shared/domain/refunds';
import type { Representative } from '../../shared/domain/representatives';

/** One plan year's participation as stored; eligibility and pending changes are derived on every read. */
export type ParticipationYear = Omit<Participation, 'history' | 'optInEligibility' | 'pendingEffectiveDate'>;

/** A stored plan year: for a year before the as-of one (no claims kept) what is still owed, else null. */
export interface SeedParticipation extends ParticipationYear {
  readonly priorUnpaidCents: number | null;
}

/** A claim as stored: drug and pharmacy by directory id, to keep millions of rows small. */
export interface SeedClaim {
  readonly claimNumber: number;
  readonly fillDate: string;
  readonly drugId: number;
  readonly rxNumber: string;
  readonly pharmacyId: number;
  readonly costSharingCents: number;
  readonly planPaidCents: number;
  /** Set once the member's participation periods are known (the claims are generated first). */
  isBilledByM3p: boolean;
}

/**
 * A payment, the plan year whose ledger it counts toward (it settles that year's oldest unpaid bill
 * first, whatever bill the member meant), and the saved method it was charged to, if any.
 */
export interface SeedPayment extends Payment {
  readonly ledgerYear: number;
  /** The bill the member meant to pay, for the notes a rep reads; null for a duplicate or a payoff. Not stored. */
  readonly appliesTo: { readonly planYear: number; readonly month: number } | null;
  readonly methodId: string | null;
}

/** A refund or transfer and the plan year's ledger it comes out of; `methodId` for a refund back to a saved method. */
export interface SeedRefund extends Refund {
  readonly planYear: number;
  readonly methodId: string | null;
}

/** One member's rows, oldest first within each list. */
export interface SeedMemberRecord {
  readonly member: Member;
  /** One per plan year, oldest first; the newest is the participation the profile shows. */
  readonly participations: readonly SeedParticipation[];
  readonly representatives: readonly Representative[];
  readonly events: readonly ParticipationEvent[];
  readonly claims: readonly SeedClaim[];
  readonly paymentMethods: readonly PaymentMethod[];
  readonly autopay: Autopay;
  readonly payments: readonly SeedPayment[];
  readonly refunds: readonly SeedRefund[];
  readonly contacts: readonly ContactNote[];
}
