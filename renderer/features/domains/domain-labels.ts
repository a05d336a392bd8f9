/** The words reps read for every coded value in the data domains, in one place so screens never disagree. */
import type { BillStatus } from '../../../shared/domain/billing';
import type { Contact } from '../../../shared/domain/contacts';
import type { LisStatus } from '../../../shared/domain/member';
import type { OptInChannel, ParticipationEventKind, TerminationReason } from '../../../shared/domain/participation';
import type { Payment } from '../../../shared/domain/payments';
import type { Refund, RefundKind } from '../../../shared/domain/refunds';
import type { BadgeTone } from '../../ui/badge';

/** Labels per coded field; `satisfies` makes a new enum value a compile error here. */
export const DOMAIN_LABELS = {
  lis: { none: 'None', partial: 'Partial Extra Help', full: 'Full Extra Help' } satisfies Record<LisStatus, string>,
  optInChannel: { phone: 'Phone', web: 'Web', mail: 'Mail', point_of_sale: 'Urgent pharmacy request (point of sale)' } satisfies Record<OptInChannel, string>,
  terminationReason: {
    voluntary: 'Voluntary opt-out',
    involuntary_nonpayment: 'Not paid (involuntary)',
    plan_change: 'Left or changed plans',
    deceased: 'Deceased',
    end_of_plan_year: 'End of plan year',
  } satisfies Record<TerminationReason, string>,
  eventKind: {
    opt_in_requested: 'Opt-in requested',
    opt_in_approved: 'Opt-in approved',
    opt_in_rejected: 'Opt-in rejected',
    opt_out_requested: 'Opt-out requested',
    renewed: 'Renewed',
    terminated: 'Terminated',
    effective_date_changed: 'Effective date changed',
    effective_date_change_pending: 'Back-date awaiting team lead approval',
    effective_date_change_rejected: 'Back-date rejected by team lead',
  } satisfies Record<ParticipationEventKind, string>,
  billStatus: {
    paid: { label: 'Paid', tone: 'green' },
    partially_paid: { label: 'Partly paid', tone: 'amber' },
    due: { label: 'Due', tone: 'blue' },
    overdue: { label: 'Overdue', tone: 'red' },
    projected: { label: 'Projected', tone: 'grey' },
  } satisfies Record<BillStatus, { label: string; tone: BadgeTone }>,
  paymentSource: { autopay: 'Autopay', phone: 'Phone', web: 'Web', mail: 'Mail' } satisfies Record<Payment['source'], string>,
  paymentStatus: { posted: 'Posted', pending: 'Pending', returned: 'Returned' } satisfies Record<Payment['status'], string>,
  refundKind: {
    member_refund: 'Refund to member',
    premium_transfer: 'Transfer to Medicare premium',
    pharmacy_transfer: 'Transfer to pharmacy',
  } satisfies Record<RefundKind, string>,
  refundStatus: { requested: 'Requested', pending_approval: 'Pending team lead approval', issued: 'Issued', rejected: 'Rejected' } satisfies Record<Refund['status'], string>,
  contactChannel: { phone: 'Phone', ivr: 'Automated line (IVR)', mail: 'Mail', web: 'Web', chat: 'Chat' } satisfies Record<Contact['channel'], string>,
  contactDirection: { inbound: 'Inbound', outbound: 'Outbound' } satisfies Record<Contact['direction'], string>,
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;
