/**
 * The ledger rule: money paid toward a plan year settles its issued bills oldest first, as a ledger
 * does, so a member is never shown a spring bill overdue while later ones are paid. One function for
 * the profile (what is paid now) and the seed (what was paid by a grace period's end).
 */

/** What a sum of credits did to the bills: paid per bill (same order), and what was left over. */
export interface LedgerResult {
  readonly paidCents: readonly number[];
  /** Credits beyond every bill given. */
  readonly remainingCents: number;
}

/** Applies `creditsCents` to `billCents` (oldest first); negative credits count as none. */
export function applyLedger(billCents: readonly number[], creditsCents: number): LedgerResult {
  let left = Math.max(0, creditsCents);
  const paidCents = billCents.map((bill) => {
    const paid = Math.min(bill, left);
    left -= paid;
    return paid;
  });
  return { paidCents, remainingCents: left };
}
