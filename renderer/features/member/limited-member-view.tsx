/**
 * A member main shows by name only, because of who is calling: unverified (the verification form is
 * here, it is what unlocks the record), a caregiver or prospect (general information and the
 * calculator), or a pharmacy (participation status and dates). Nothing else reached the screen.
 */
import type { MemberProfileView } from '../../../shared/ipc/views';
import { formatIsoDate } from '../../../shared/lib/dates';
import { useConsoleStore } from '../../state/use-console-store';
import { BrandChip } from '../../ui/brand-chip';
import { brandStyle } from '../../ui/brand-style';
import { KeyValueTable } from '../../ui/key-value-table';
import { CallerVerificationForm } from '../interaction/caller-verification-form';
import { isVerificationInMemberArea } from '../interaction/is-verification-in-member-area';
import { formatMemberName } from './format-member-name';
import { ParticipationStatusBadge } from './participation-status-badge';

/** The view as main sent it: name, member ID and client, plus the participation dates for a pharmacy. */
export interface LimitedMemberViewProps {
  readonly view: MemberProfileView;
}

/** Renders the header and the panel for this disclosure. */
export function LimitedMemberView({ view }: LimitedMemberViewProps) {
  const name = formatMemberName(view.member, 'heading');
  return (
    <div className="member-view member-view-limited" style={brandStyle(view.client.brandColor)}>
      <div className="member-header">
        <div className="member-title">
          <h1>{name}</h1>
          <BrandChip name={view.client.name} color={view.client.brandColor} />
        </div>
        <dl className="member-facts">
          <div>
            <dt>Member ID</dt>
            <dd>{view.member.memberId}</dd>
          </div>
        </dl>
      </div>
      {view.disclosure === 'participation_only' && view.participation ? (
        <section className="disclosure-panel" aria-labelledby="disclosure-title">
          <h2 id="disclosure-title">A pharmacy: participation only</h2>
          <p>The caller is a pharmacy: tell them whether {name} is in the payment plan and from when, nothing else.</p>
          <KeyValueTable
            caption="Participation"
            rows={[
              { label: 'Status', value: <ParticipationStatusBadge status={view.participation.status} /> },
              { label: 'Plan year', value: String(view.participation.planYear) },
              { label: 'Effective', value: view.participation.effectiveOn ? formatIsoDate(view.participation.effectiveOn) : 'Not in the plan' },
              { label: 'Ends', value: view.participation.endsOn ? formatIsoDate(view.participation.endsOn) : 'No end date' },
            ]}
          />
        </section>
      ) : view.disclosure === 'general_information' ? (
        <GeneralInformation name={name} />
      ) : (
        <VerifyFirst view={view} />
      )}
    </div>
  );
}

function GeneralInformation({ name }: { readonly name: string }) {
  const openDialog = useConsoleStore((state) => state.openDialog);
  return (
    <section className="disclosure-panel" aria-labelledby="disclosure-title">
      <h2 id="disclosure-title">General program information only</h2>
      <p>This caller has no authority to hear {name}&apos;s record. Explain how the payment plan works, and use the what-if calculator with the figures they give you.</p>
      <button type="button" className="button" aria-keyshortcuts="Alt+C" onClick={() => openDialog('what-if')}>
        Open the what-if calculator (<kbd>Alt+C</kbd>)
      </button>
    </section>
  );
}

function VerifyFirst({ view }: { readonly view: MemberProfileView }) {
  const interaction = useConsoleStore((state) => state.interaction);
  const isFormHere = useConsoleStore(isVerificationInMemberArea);
  const accepted = useConsoleStore((state) => state.clientRules[view.client.id]?.verification.accepted ?? null);
  return (
    <section className="disclosure-panel" aria-labelledby="disclosure-title">
      <h2 id="disclosure-title">Verify the caller to see this member&apos;s record</h2>
      {interaction === null ? (
        <p>Your IT department set Rep Console to show member records only during a verified call.</p>
      ) : isFormHere && interaction ? (
        <>
          <p>Ask the caller for the identifiers below and tick those that match. Nothing beyond the name is shown until they do.</p>
          <CallerVerificationForm key={interaction.id} interaction={interaction} accepted={accepted} headingLevel={3} />
        </>
      ) : (
        <p>This call is about another member. Verify the caller for this member, or go back to the member the call is about.</p>
      )}
    </section>
  );
}
