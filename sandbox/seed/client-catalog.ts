/**
 * The three fictional white-label clients the sandbox serves, with the Part D plans each one sells and
 * the rules each applies to M3P requests (served by getClientRules).
 *
 * Contract and plan numbers are made up; cost sharing follows the shape of real 2026 plans (low generic
 * copays, coinsurance on brand and specialty tiers after the deductible). The rules differ on purpose,
 * so the console is seen to follow the backend: the same opt-out reason or back-date is accepted by one
 * client and refused (or sent for approval) by another.
 */
import type { Client } from '../../shared/domain/client';
import type { ClientRules, OptOutReason } from '../../shared/domain/client-rules';

/** One plan benefit package of a client, with the cost sharing claims are priced by. */
export interface CatalogPlan {
  readonly contractId: string;
  readonly pbpId: string;
  readonly planName: string;
  readonly planType: 'PDP' | 'MA-PD';
  /** Copays in cents for tier 1 (preferred generic) and tier 2 (generic), per 30 days. */
  readonly genericCopaysCents: readonly [number, number];
  /** Coinsurance percent for tiers 3 (preferred brand), 4 (non-preferred) and 5 (specialty). */
  readonly brandCoinsurancePercent: readonly [number, number, number];
  /** Dual-eligible special needs plans enrol only members with full Extra Help. */
  readonly isDualPlan: boolean;
  /** Relative share of the client's members. */
  readonly weight: number;
}

/** A client with its share of members and its plans. */
export interface CatalogClient {
  readonly client: Client;
  /** Relative share of all sandbox members. */
  readonly weight: number;
  readonly plans: readonly CatalogPlan[];
  readonly rules: ClientRules;
}

const REASONS = {
  COST: 'Costs more than paying at the pharmacy',
  PREFERS_PHARMACY: 'Prefers to pay at the pharmacy',
  CONFUSED_BILLING: 'Finds the monthly bills confusing',
  CAREGIVER_REQUEST: 'A caregiver asked to stop',
  LEAVING_PLAN: 'Leaving the plan at the end of the year',
  FINANCIAL_HARDSHIP: 'Cannot keep up with the monthly bills',
  EXTRA_HELP: 'Now gets Extra Help with drug costs',
  OTHER: 'Another reason (say which in the note)',
} as const;

const reasons = (...codes: (keyof typeof REASONS)[]): OptOutReason[] => codes.map((code) => ({ code, label: REASONS[code] }));
/** Wrap-up dispositions; each client picks its list (a disposition code is reported per client). */
const DISPOSITIONS = {
  BILLING_QUESTION: 'Billing question answered',
  PAYMENT_TAKEN: 'Payment taken',
  OPT_IN: 'Opted in',
  OPT_OUT: 'Opted out',
  REFUND: 'Overpayment resolved',
  HARDSHIP_REFERRAL: 'Referred for financial hardship',
  EXTRA_HELP_REFERRAL: 'Referred to Extra Help',
  GENERAL_INFO: 'General program information',
  TRANSFERRED: 'Transferred',
} as const;

const dispositions = (...codes: (keyof typeof DISPOSITIONS)[]) => codes.map((code) => ({ code, label: DISPOSITIONS[code] }));
const ALL_IDENTIFIERS = ['full_name', 'date_of_birth', 'member_id', 'mbi', 'address', 'phone'] as const;

function plan(
  contractId: string, pbpId: string, planName: string, weight: number,
  genericCopaysCents: readonly [number, number], brandCoinsurancePercent: readonly [number, number, number],
  isDualPlan = false,
): CatalogPlan {
  const planType = contractId.startsWith('S') ? 'PDP' : 'MA-PD';
  return { contractId, pbpId, planName, planType, genericCopaysCents, brandCoinsurancePercent, isDualPlan, weight };
}

/** The clients and plans in the order they are seeded; the client list is fixed by the team. */
export const CLIENT_CATALOG: readonly CatalogClient[] = [
  {
    client: { id: 'northstar', name: 'Northstar Health Plans', shortName: 'Northstar', memberIdPrefix: 'NSH', brandColor: '#1d4ed8', memberServicesPhone: '1-800-555-0142' },
    weight: 45,
    plans: [
      plan('S4607', '001', 'Northstar Rx Basic (PDP)', 30, [500, 1500], [25, 40, 25]),
      plan('S4607', '002', 'Northstar Rx Plus (PDP)', 20, [0, 800], [25, 35, 25]),
      plan('H2417', '005', 'Northstar Medicare Advantage Core (HMO)', 30, [0, 500], [25, 35, 25]),
      plan('H2417', '011', 'Northstar Medicare Advantage Choice (PPO)', 20, [300, 1000], [25, 40, 25]),
    ],
    rules: {
      clientId: 'northstar', optOutReasons: reasons('COST', 'PREFERS_PHARMACY', 'CONFUSED_BILLING', 'CAREGIVER_REQUEST', 'OTHER'),
      backdateWindowDays: 30, urgentRequestEffective: 'request_date', precludesUnpaidPriorBalance: true, refundApprovalThresholdCents: 5_000,
      dispositions: dispositions('BILLING_QUESTION', 'PAYMENT_TAKEN', 'OPT_IN', 'OPT_OUT', 'REFUND', 'GENERAL_INFO', 'TRANSFERRED'),
      verification: { requiredMatches: 2, requiredMatchesForChanges: 3, accepted: [...ALL_IDENTIFIERS] },
    },
  },
  {
    client: { id: 'cedar-valley', name: 'Cedar Valley Medicare', shortName: 'Cedar Valley', memberIdPrefix: 'CVM', brandColor: '#047857', memberServicesPhone: '1-800-555-0187' },
    weight: 30,
    plans: [
      plan('S7263', '001', 'Cedar Valley Rx Value (PDP)', 35, [400, 1200], [25, 45, 25]),
      plan('S7263', '004', 'Cedar Valley Rx Premier (PDP)', 15, [0, 600], [25, 35, 25]),
      plan('H6158', '002', 'Cedar Valley Advantage (HMO)', 30, [0, 700], [25, 40, 25]),
      plan('H6158', '007', 'Cedar Valley Advantage Plus (PPO)', 20, [200, 900], [25, 40, 25]),
    ],
    rules: {
      clientId: 'cedar-valley', optOutReasons: reasons('COST', 'PREFERS_PHARMACY', 'LEAVING_PLAN', 'FINANCIAL_HARDSHIP', 'OTHER'),
      backdateWindowDays: 14, urgentRequestEffective: 'processing_date', precludesUnpaidPriorBalance: false, refundApprovalThresholdCents: 10_000,
      dispositions: dispositions('BILLING_QUESTION', 'PAYMENT_TAKEN', 'OPT_IN', 'OPT_OUT', 'REFUND', 'HARDSHIP_REFERRAL', 'GENERAL_INFO'),
      // Cedar Valley asks for three matching identifiers before disclosing anything, not the usual two.
      verification: { requiredMatches: 3, requiredMatchesForChanges: 3, accepted: ['full_name', 'date_of_birth', 'member_id', 'mbi', 'address'] },
    },
  },
  {
    client: { id: 'bayside', name: 'Bayside Senior Care', shortName: 'Bayside', memberIdPrefix: 'BSC', brandColor: '#9d174d', memberServicesPhone: '1-800-555-0163' },
    weight: 25,
    plans: [
      plan('S3319', '001', 'Bayside Senior Rx (PDP)', 30, [500, 1300], [25, 40, 25]),
      plan('H5072', '001', 'Bayside Senior Care Advantage (HMO)', 35, [0, 500], [25, 35, 25]),
      plan('H5072', '003', 'Bayside Senior Care Advantage Plus (HMO-POS)', 25, [0, 400], [25, 35, 25]),
      plan('H5072', '012', 'Bayside Dual Care (HMO D-SNP)', 10, [0, 0], [25, 25, 25], true),
    ],
    rules: {
      clientId: 'bayside', optOutReasons: reasons('COST', 'PREFERS_PHARMACY', 'CONFUSED_BILLING', 'CAREGIVER_REQUEST', 'EXTRA_HELP', 'OTHER'),
      backdateWindowDays: 60, urgentRequestEffective: 'request_date', precludesUnpaidPriorBalance: true, refundApprovalThresholdCents: 2_500,
      dispositions: dispositions('BILLING_QUESTION', 'PAYMENT_TAKEN', 'OPT_IN', 'OPT_OUT', 'REFUND', 'EXTRA_HELP_REFERRAL', 'GENERAL_INFO'),
      verification: { requiredMatches: 2, requiredMatchesForChanges: 3, accepted: [...ALL_IDENTIFIERS] },
    },
  },
];

/** The client's rules, or undefined for a client the sandbox does not serve. */
export function findClientRules(clientId: string): ClientRules | undefined {
  return CLIENT_CATALOG.find((c) => c.client.id === clientId)?.rules;
}
