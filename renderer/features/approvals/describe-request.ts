/** What a waiting request asks for, in the words the queue and the decide dialog show. */
import type { ApprovalQueueItem } from '../../../shared/api/approval-routes';
import { formatIsoDate } from '../../../shared/lib/dates';
import { formatCents } from '../../../shared/lib/money';

const REFUND_WORDS: Readonly<Record<NonNullable<ApprovalQueueItem['refundKind']>, string>> = {
  member_refund: 'Refund', premium_transfer: 'Transfer to the premium', pharmacy_transfer: 'Transfer to the pharmacy',
};

/** "Back-date to 01/01/2026 (now 06/01/2026)", "Refund of $62.50 to Check to address on file". */
export function describeRequest(item: ApprovalQueueItem): string {
  if (item.kind === 'effective_date_change') {
    const to = item.effectiveOn ? formatIsoDate(item.effectiveOn) : 'an earlier date';
    return `Back-date to ${to}${item.currentEffectiveOn ? ` (now ${formatIsoDate(item.currentEffectiveOn)})` : ''}`;
  }
  const what = REFUND_WORDS[item.refundKind ?? 'member_refund'];
  const amount = item.amountCents === null ? '' : ` of ${formatCents(item.amountCents)}`;
  return `${what}${amount}${item.refundDestination ? ` to ${item.refundDestination}` : ''}`;
}
