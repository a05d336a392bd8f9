/** Member & eligibility: the Part D coverage M3P rides on, and how to reach the member. */
import type { Member } from '../../../shared/domain/member';
import { formatPhone } from '../../../shared/lib/phone';
import { DateText } from '../../ui/date-text';
import { formatMemberName } from '../member/format-member-name';
import { KeyValueTable } from '../../ui/key-value-table';
import { DOMAIN_LABELS } from './domain-labels';

/** The member record with its Part D eligibility. */
export interface EligibilityPanelProps {
  readonly member: Member;
}

/** Renders coverage and contact details. */
export function EligibilityPanel({ member }: EligibilityPanelProps) {
  const { eligibility: plan, address } = member;
  return (
    <div className="panel-grid">
      <KeyValueTable
        caption="Part D coverage"
        rows={[
          { label: 'Contract-PBP', value: <span className="mono">{`${plan.contractId}-${plan.pbpId}`}</span> },
          { label: 'Plan', value: plan.planName },
          { label: 'Plan type', value: plan.planType },
          { label: 'Part D effective', value: <DateText iso={plan.partDEffectiveOn} /> },
          { label: 'Part D ends', value: plan.partDEndsOn ? <DateText iso={plan.partDEndsOn} /> : 'Coverage continues' },
          { label: 'Extra Help (LIS)', value: DOMAIN_LABELS.lis[plan.lisStatus] },
        ]}
      />
      <KeyValueTable
        caption="Contact details"
        rows={[
          { label: 'Name', value: formatMemberName(member, 'legal') },
          {
            label: 'Address',
            value: (
              <>
                {address.line1}
                {address.line2 ? <>, {address.line2}</> : null}
                <br />
                {address.city}, {address.state} {address.zip}
              </>
            ),
          },
          { label: 'Phone', value: formatPhone(member.phone) },
          { label: 'Preferred language', value: member.preferredLanguage },
          { label: 'Email', value: member.email ?? 'None on file' },
        ]}
      />
    </div>
  );
}
