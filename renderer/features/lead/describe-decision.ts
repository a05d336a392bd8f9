/** A team lead's decision on this user's request, in the words the notice shows and a screen reader hears. */
import type { ApprovalDecidedEvent } from '../../../shared/api/approval-routes';

const WHAT: Readonly<Record<ApprovalDecidedEvent['kind'], string>> = { effective_date_change: 'back-date', refund: 'refund' };

/** "Team lead Morgan Lee approved your back-date for member NSH…: reason. Confirmation M3P-…." */
export function describeDecision(event: ApprovalDecidedEvent): string {
  const verb = event.decision === 'approve' ? 'approved' : 'rejected';
  const why = event.reason ? `: ${event.reason.replace(/[.!]$/, '')}` : '';
  return `${event.decidedBy} ${verb} your ${WHAT[event.kind]} for member ${event.memberId}${why}. Confirmation number ${event.confirmationNumber}.`;
}
