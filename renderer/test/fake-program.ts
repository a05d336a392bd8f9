/** The program settings and client rules the fake bridge serves unless a test passes its own. */
import type { ClientRules, ProgramSettings } from '../../shared/domain/client-rules';

/** 2025 and 2026 configured as DOMAIN.md gives them; 2027 announced but not configured yet. */
export const TEST_PROGRAM_SETTINGS: ProgramSettings = {
  planYears: [
    { planYear: 2025, thresholdCents: 200_000, likelyToBenefitCents: 60_000 },
    { planYear: 2026, thresholdCents: 210_000, likelyToBenefitCents: 60_000 },
    { planYear: 2027, thresholdCents: null, likelyToBenefitCents: null },
  ],
};

/** Northstar: three opt-out reasons, a 30-day back-date window, urgent requests effective on the visit date. */
export const TEST_CLIENT_RULES: ClientRules = {
  clientId: 'northstar',
  optOutReasons: [
    { code: 'COST', label: 'Costs more than paying at the pharmacy' },
    { code: 'BILLS_CONFUSING', label: 'Monthly bills are confusing' },
    { code: 'OTHER', label: 'Another reason' },
  ],
  backdateWindowDays: 30,
  urgentRequestEffective: 'request_date',
  precludesUnpaidPriorBalance: true,
  refundApprovalThresholdCents: 50_000,
  dispositions: [
    { code: 'BILLING_QUESTION', label: 'Billing question' },
    { code: 'GENERAL_INFO', label: 'General program information' },
  ],
  verification: { requiredMatches: 2, requiredMatchesForChanges: 3, accepted: ['full_name', 'date_of_birth', 'member_id', 'mbi', 'address', 'phone'] },
};
