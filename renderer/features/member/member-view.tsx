/** The open member: header, freshness, main's word on a failed refresh, and the seven data domains. */
import { useEffect } from 'react';
import type { MemberProfileView } from '../../../shared/ipc/views';
import { brandStyle } from '../../ui/brand-style';
import { useConsoleStore } from '../../state/use-console-store';
import { useNow } from '../clock/use-now';
import { DomainTabs } from '../domains/domain-tabs';
import { FreshnessLine } from './freshness-line';
import { MemberHeader } from './member-header';

/** The view exactly as main sent it (profile plus where and when it came from). */
export interface MemberViewProps {
  readonly view: MemberProfileView;
}

/** Renders the open member. */
export function MemberView({ view }: MemberViewProps) {
  const { profile } = view;
  const isMbiShown = useConsoleStore((state) => state.isMbiShown);
  const toggleMbi = useConsoleStore((state) => state.toggleMbi);
  const refreshFailure = useConsoleStore((state) => state.refreshFailure);
  const loadClientRules = useConsoleStore((state) => state.loadClientRules);
  const now = useNow();
  const clientId = profile.client.id;
  // The client's rules (reasons, back-date window) are ready before the rep starts a change.
  useEffect(() => void loadClientRules(clientId), [loadClientRules, clientId]);
  const failureMessage = refreshFailure?.memberId === profile.member.memberId ? refreshFailure.message : null;

  return (
    <div className="member-view" style={brandStyle(profile.client.brandColor)}>
      <MemberHeader
        member={profile.member}
        client={profile.client}
        status={profile.participation.status}
        isMbiShown={isMbiShown}
        onToggleMbi={toggleMbi}
      />
      <div className="member-status-line">
        <FreshnessLine view={view} now={now} hasRefreshFailed={failureMessage !== null} />
        <p role="status" className="refresh-note">
          {failureMessage ?? ''}
        </p>
      </div>
      <DomainTabs profile={profile} />
    </div>
  );
}
