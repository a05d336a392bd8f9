/** Who the member is at a glance: name, IDs, DOB, MBI (masked unless the rep asks main for it), client and status. */
import type { Client } from '../../../shared/domain/client';
import type { Member, ParticipationStatus } from '../../../shared/domain/member';
import { formatMbi } from '../../../shared/lib/mbi';
import { BrandChip } from '../../ui/brand-chip';
import { DateText } from '../../ui/date-text';
import { formatMemberName } from './format-member-name';
import { ParticipationStatusBadge } from './participation-status-badge';

/** The member (MBI masked, as main sends it), their client, status, and the MBI toggle state owned by the store. */
export interface MemberHeaderProps {
  readonly member: Member;
  readonly client: Client;
  readonly status: ParticipationStatus;
  readonly isMbiShown: boolean;
  /** The whole MBI main revealed on request; null while masked. */
  readonly revealedMbi: string | null;
  /** Why main would not reveal it. */
  readonly mbiError: string | null;
  readonly onToggleMbi: () => void;
}

/** Renders the header block with the h1. */
export function MemberHeader({ member, client, status, isMbiShown, revealedMbi, mbiError, onToggleMbi }: MemberHeaderProps) {
  return (
    <div className="member-header">
      <div className="member-title">
        <h1>{formatMemberName(member, 'heading')}</h1>
        <BrandChip name={client.name} color={client.brandColor} />
        <ParticipationStatusBadge status={status} />
      </div>
      <dl className="member-facts">
        <div>
          <dt>Member ID</dt>
          <dd>{member.memberId}</dd>
        </div>
        <div>
          <dt>DOB</dt>
          <dd>
            <DateText iso={member.dateOfBirth} />
          </dd>
        </div>
        <div>
          <dt>MBI</dt>
          <dd className="mbi">
            <span className="mono">{isMbiShown && revealedMbi ? formatMbi(revealedMbi) : member.mbi}</span>
            <button type="button" className="button button-small" aria-pressed={isMbiShown} aria-keyshortcuts="Alt+M" onClick={onToggleMbi}>
              Show MBI
            </button>
            <span role="status" className="field-error">
              {mbiError ?? ''}
            </span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
