/**
 * Opt out, step 2 "Confirm": the summary to read to the caller, the balance still owed after opting
 * out (billed and not yet billed) and the bills still to come, then one Enter to commit.
 */
import type { ReactNode } from 'react';
import type { ClientRules } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { OptOutRequest } from '../../../shared/domain/participation-changes';
import { formatIsoDate } from '../../../shared/lib/dates';
import { formatCents } from '../../../shared/lib/money';
import { DataTable } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { Money } from '../../ui/money';
import { monthName } from '../billing/explain-bill';
import { DOMAIN_LABELS } from '../domains/domain-labels';
import { formatMemberName } from '../member/format-member-name';
import { describeAuthority } from './authorised-by';
import { CHANNEL_PHRASES } from './request-details';

/** The checked request, the member, the client's rules (for the reason's words) and the flow's buttons. */
export interface OptOutConfirmStepProps {
  readonly profile: MemberProfile;
  readonly request: OptOutRequest;
  readonly rules: ClientRules | null;
  readonly actions: ReactNode;
}

/** Renders step 2. */
export function OptOutConfirmStep({ profile, request, rules, actions }: OptOutConfirmStepProps) {
  const { billing } = profile;
  const reason = rules?.optOutReasons.find((r) => r.code === request.reasonCode)?.label ?? request.reasonCode;
  const remaining = billing ? billing.balanceDueCents + billing.unbilledCents : 0;
  const toCome = billing?.bills.filter((bill) => bill.status !== 'paid') ?? [];
  return (
    <>
      <div className="flow-summary">
        <p>
          Opt {formatMemberName(profile.member, 'heading')} out of the Medicare Prescription Payment Plan. Reason: {reason}. Authorised by{' '}
          {describeAuthority(profile, request.authorizedBy)}; requested {CHANNEL_PHRASES[request.channel]} on {formatIsoDate(request.requestedOn)}.
        </p>
        <p>
          {billing
            ? `The remaining balance of ${formatCents(remaining)} is still owed after opting out: ${formatCents(billing.balanceDueCents)} billed and due, ${formatCents(billing.unbilledCents)} not billed yet.`
            : 'No balance is owed for this plan year.'}
        </p>
      </div>
      {billing ? (
        <DataTable
          caption="Bills still to come"
          columns={[
            { header: 'Month', render: (bill) => `${monthName(bill.month)} ${billing.planYear}` },
            { header: 'Due date', render: (bill) => <DateText iso={bill.dueOn} /> },
            { header: 'Bill', isNumeric: true, render: (bill) => <Money cents={bill.billCents - bill.paidCents} /> },
            { header: 'Status', render: (bill) => DOMAIN_LABELS.billStatus[bill.status].label },
          ]}
          rows={toCome}
          rowKey={(bill) => String(bill.month)}
          emptyText="No bills are still to come."
        />
      ) : null}
      {actions}
    </>
  );
}
