/** The seven data domains as tabs; the selection lives in the store so Alt+1…Alt+7 work from anywhere. */
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { FOCUS_TARGETS } from '../../app/focus-targets';
import { useConsoleStore } from '../../state/use-console-store';
import { Tabs } from '../../ui/tabs';
import { DomainPanel } from './domain-panel';
import { DOMAIN_LIST } from './domain-list';

const TABS = DOMAIN_LIST.map((domain, index) => ({ ...domain, keyShortcut: `Alt+${index + 1}` }));

/** The profile whose domains the tabs show. */
export interface DomainTabsProps {
  readonly profile: MemberProfile;
}

/** Renders the tabs and the selected panel. */
export function DomainTabs({ profile }: DomainTabsProps) {
  const activeDomain = useConsoleStore((state) => state.activeDomain);
  const selectDomain = useConsoleStore((state) => state.selectDomain);
  return (
    <Tabs label="Data domains" tabs={TABS} selectedId={activeDomain} onSelect={selectDomain} panelId={FOCUS_TARGETS.domainPanel}>
      <DomainPanel domain={activeDomain} profile={profile} />
    </Tabs>
  );
}
