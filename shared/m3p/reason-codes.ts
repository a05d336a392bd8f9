/** Stable reason codes on participation events, with the words a rep reads to the member. */

export const REASON_CODES = {
  'REJ-INCOMPLETE': 'Rejected: the request was incomplete.',
  'REJ-PRIOR-BALANCE': 'Rejected: overdue balance from a prior plan of the sponsor.',
  'REJ-ENROLLMENT-PENDING': 'Rejected: awaiting Part D enrollment confirmation.',
  'TRM-VOLUNTARY': 'Ended: the member opted out.',
  'TRM-NONPAYMENT': 'Ended: not paid by the end of the grace period.',
  'TRM-PLAN-CHANGE': 'Ended: the member left or changed plans.',
  'TRM-DECEASED': 'Ended: the member died.',
  'TRM-END-OF-YEAR': 'Ended: the plan year ended.',
  'REN-AUTO': 'Renewed automatically for the new plan year.',
  'POS-URGENT': 'Urgent request from a pharmacy visit.',
} as const;

export type ReasonCode = keyof typeof REASON_CODES;

/** Explains a reason code, or says plainly that the code is unknown (a newer backend may send more). */
export function describeReasonCode(code: string): string {
  return (REASON_CODES as Record<string, string>)[code] ?? `Reason code ${code}`;
}
