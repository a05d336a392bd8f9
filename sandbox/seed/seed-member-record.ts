/**
 * Everything the seed writes for one member, shaped like the API objects so the database layer maps
 * it once. Lists are oldest first, the order they happened; readers reverse them.
 */
import type { Contact } from '../../shared/domain/contacts';
import type { Member } from '../../shared/domain/member';
import type { Participation, ParticipationEvent } from '../../shared/domain/participation';
import type { Autopay, Payment, PaymentMethod } from '../../shared/domain/payments';
import type { Refund } from '../../shared/domain/refunds';

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

/** A payment and the bill it was applied to; unapplied money (a duplicate, an overpayment) has no bill. */
export interface SeedPayment extends Payment {
  readonly appliesTo: { readonly planYear: number; readonly month: number } | null;
}

/** One member's rows, oldest first within each list. */
export interface SeedMemberRecord {
  readonly member: Member;
  readonly participation: Omit<Participation, 'history'>;
  readonly events: readonly ParticipationEvent[];
  readonly claims: readonly SeedClaim[];
  readonly paymentMethods: readonly PaymentMethod[];
  readonly autopay: Autopay;
  readonly payments: readonly SeedPayment[];
  readonly refunds: readonly Refund[];
  readonly contacts: readonly Contact[];
}
