/**
 * The overpayment form: one request type at a time (a refund to the member, a transfer to their
 * Medicare premium, a transfer to a pharmacy), each with its own fields, and the schema that turns the
 * draft into the contract's RefundRequest. The amount can never exceed the overpayment.
 */
import { z } from 'zod';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { RefundRequestSchema, YearMonthSchema, type RefundRequest } from '../../../shared/domain/payment-changes';
import type { RefundKind } from '../../../shared/domain/refunds';
import { formatCents } from '../../../shared/lib/money';
import { isValidNpi } from '../../../shared/lib/npi';
import { authorisedBySchema, MEMBER } from '../participation/authorised-by';
import { centsToDollarsText, parseDollarsToCents } from '../what-if/parse-dollars-to-cents';
import { defaultMethodId } from './payment-method-choices';

/** The destination value for a check mailed to the address on file; a method's id otherwise. */
export const CHECK = 'check';

/** The form's values, as the fields hold them. */
export interface OverpaymentDraft {
  readonly kind: RefundKind;
  readonly amount: string;
  readonly destination: string;
  readonly premiumPeriod: string;
  readonly pharmacyNpi: string;
  readonly claimReference: string;
  readonly authorizedBy: string;
}

/** The month after `asOf` as YYYY-MM: the next premium a transfer can pay. */
export function nextPremiumPeriod(asOf: string): string {
  const [year = 1970, month = 1] = asOf.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** The whole overpayment back to the member's default method (or by check when there is none). */
export function overpaymentDefaults(profile: MemberProfile): OverpaymentDraft {
  const methodId = defaultMethodId(profile.payments.methods, profile.asOf);
  return {
    kind: 'member_refund',
    amount: centsToDollarsText(profile.payments.overpaymentCents),
    destination: methodId || CHECK,
    premiumPeriod: nextPremiumPeriod(profile.asOf),
    pharmacyNpi: '',
    claimReference: '',
    authorizedBy: MEMBER,
  };
}

/** Draft → RefundRequest, with messages a rep can act on. */
export function buildOverpaymentSchema(profile: MemberProfile) {
  const overpayment = profile.payments.overpaymentCents;
  const methodIds = new Set(profile.payments.methods.map((m) => m.id));
  return z
    .object({
      kind: z.enum(['member_refund', 'premium_transfer', 'pharmacy_transfer']),
      amount: z.string(),
      destination: z.string(),
      premiumPeriod: z.string(),
      pharmacyNpi: z.string(),
      claimReference: z.string(),
      authorizedBy: authorisedBySchema(profile),
    })
    .transform((draft, ctx): RefundRequest => {
      const fail = (path: keyof OverpaymentDraft, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const parsed = parseDollarsToCents(draft.amount);
      const amountCents = parsed.ok ? parsed.cents : 0;
      if (!parsed.ok) fail('amount', parsed.message);
      else if (amountCents <= 0) fail('amount', 'Enter an amount above $0.00.');
      else if (amountCents > overpayment) fail('amount', `That is more than the overpayment, ${formatCents(overpayment)}.`);
      const base = { amountCents, authorizedBy: draft.authorizedBy };
      if (draft.kind === 'member_refund') {
        if (draft.destination !== CHECK && !methodIds.has(draft.destination)) fail('destination', 'Choose a saved method or a check.');
        const destination = draft.destination === CHECK ? { type: 'check' as const } : { type: 'original_method' as const, methodId: draft.destination };
        return { kind: 'member_refund', ...base, destination };
      }
      if (draft.kind === 'premium_transfer') {
        const period = YearMonthSchema.safeParse(draft.premiumPeriod.trim());
        if (!period.success) fail('premiumPeriod', 'Use the premium month as YYYY-MM, e.g. 2026-12.');
        return { kind: 'premium_transfer', ...base, premiumPeriod: draft.premiumPeriod.trim() };
      }
      const npi = draft.pharmacyNpi.replace(/\s/g, '');
      if (!isValidNpi(npi)) fail('pharmacyNpi', /^\d{10}$/.test(npi) ? "That NPI's check digit is wrong: ask the pharmacy to read it again." : 'An NPI is ten digits.');
      if (!/^[A-Za-z0-9-]{3,40}$/.test(draft.claimReference.trim())) fail('claimReference', 'A claim reference is 3 to 40 letters, digits or dashes.');
      return { kind: 'pharmacy_transfer', ...base, pharmacyNpi: npi, claimReference: draft.claimReference.trim() };
    })
    .pipe(RefundRequestSchema);
}
