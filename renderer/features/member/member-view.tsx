/**
 * The open member as main sent it: the whole record (header, freshness, main's word on a failed
 * refresh, the seven data domains) when main disclosed it, else only what this caller may hear.
 */
import { useEffect } from 'react';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { MemberProfileView } from '../../../shared/ipc/views';
import { brandStyle } from '../../ui/brand-style';
import { useConsoleStore } from '../../state/use-console-store';
import { useNow } from '../clock/use-now';
import { DomainTabs } from '../domains/domain-tabs';
import { FreshnessLine } from './freshness-line';
import { LimitedMemberView } from './limited-member-view';
import { MemberHeader } from './member-header';

/** The view exactly as main sent it (what may be shown, plus where and when it came from). */
export interface MemberViewProps {
  readonly view: MemberProfileView;
}

/** Renders the open member, whole or limited, as main decided. */
export function MemberView({ view }: MemberViewProps) {
  const clientId = view.client.id;
  const loadClientRules = useConsoleStore((state) => state.loadClientRules);
  // The client's rules (identifiers to match, reasons, back-date window) are ready before the rep needs them.
  useEffect(() => void loadClientRules(clientId), [loadClientRules, clientId]);
  return view.profile ? <FullMemberView view={view} profile={view.profile} /> : <LimitedMemberView view={view} />;
}

function FullMemberView({ view, profile }: { readonly view: MemberProfileView; readonly profile: MemberProfile }) {
  const isMbiShown = useConsoleStore((state) => state.isMbiShown);
  const revealedMbi = useConsoleStore((state) => state.revealedMbi);
  const mbiError = useConsoleStore((state) => state.mbiError);
  const toggleMbi = useConsoleStore((state) => state.toggleMbi);
  const refreshFailure = useConsoleStore((state) => state.refreshFailure);
  const now = useNow();
  const failureMessage = refreshFailure?.memberId === profile.member.memberId ? refreshFailure.message : null;

  return (
    <div className="member-view" style={brandStyle(profile.client.brandColor)}>
      <MemberHeader
        member={profile.member}
        client={profile.client}
        status={profile.participation.status}
        isMbiShown={isMbiShown}
        revealedMbi={revealedMbi}
        mbiError={mbiError}
        onToggleMbi={() => void toggleMbi()}
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
