/** Renders one data domain of the open member; only the selected one is built, keeping re-renders cheap. */
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { BillingPanel } from './billing-panel';
import { ClaimsPanel } from './claims-panel';
import { ContactsPanel } from './contacts-panel';
import type { DomainId } from './domain-list';
import { EligibilityPanel } from './eligibility-panel';
import { ParticipationPanel } from './participation-panel';
import { PaymentsPanel } from './payments-panel';
import { RefundsPanel } from './refunds-panel';

/** Which domain to show and the profile to show it from. */
export interface DomainPanelProps {
  readonly domain: DomainId;
  readonly profile: MemberProfile;
}

/** Renders the selected domain. */
export function DomainPanel({ domain, profile }: DomainPanelProps) {
  switch (domain) {
    case 'eligibility':
      return <EligibilityPanel member={profile.member} />;
    case 'participation':
      return <ParticipationPanel profile={profile} />;
    case 'billing':
      return <BillingPanel billing={profile.billing} />;
    case 'payments':
      return <PaymentsPanel payments={profile.payments} />;
    case 'refunds':
      return <RefundsPanel refunds={profile.refunds} />;
    case 'claims':
      return <ClaimsPanel claims={profile.claims} />;
    case 'contacts':
      return <ContactsPanel contacts={profile.contacts} />;
  }
}
