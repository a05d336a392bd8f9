/**
 * Opt in, step 2 "Confirm": one plain summary to read to the caller (plan year, effective date, the
 * authority and the channel, and what the first bill would be and why), then one Enter to commit.
 */
import type { ReactNode } from 'react';
import type { ProgramSettings } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { OptInRequest } from '../../../shared/domain/participation-changes';
import { formatIsoDate } from '../../../shared/lib/dates';
import { formatMemberName } from '../member/format-member-name';
import { describeAuthority } from './authorised-by';
import { projectFirstBill } from './project-first-bill';
import { CHANNEL_PHRASES } from './request-details';

/** The checked request, its effective date, program settings for the projection, and the flow's buttons. */
export interface OptInConfirmStepProps {
  readonly profile: MemberProfile;
  readonly request: OptInRequest;
  readonly effectiveOn: string;
  readonly settings: ProgramSettings | null;
  readonly actions: ReactNode;
}

/** Renders step 2. */
export function OptInConfirmStep({ profile, request, effectiveOn, settings, actions }: OptInConfirmStepProps) {
  const name = formatMemberName(profile.member, 'heading');
  const projection = projectFirstBill(request.planYear, effectiveOn, profile.claims, settings);
  return (
    <>
      <div className="flow-summary">
        <p>
          Opt {name} in to the Medicare Prescription Payment Plan for {request.planYear}, effective {formatIsoDate(effectiveOn)}. Authorised by{' '}
          {describeAuthority(profile, request.authorizedBy)}; requested {CHANNEL_PHRASES[request.channel]} on {formatIsoDate(request.requestedOn)}.
        </p>
        <p>{projection.sentence}</p>
      </div>
      {actions}
    </>
  );
}
