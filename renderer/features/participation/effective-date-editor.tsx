/**
 * The opt-in's effective date in the Participation panel, editable in place: paperwork that lags
 * real life needs a back-date, not a second opt-in. The date is a button (Enter edits); after a save
 * or a cancel focus comes back to it, and the confirmation number is announced beside it.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { formatIsoDate } from '../../../shared/lib/dates';
import { FOCUS_TARGETS, focusTarget } from '../../app/focus-targets';
import { useConsoleStore } from '../../state/use-console-store';
import { DateText } from '../../ui/date-text';
import { BackdateForm } from './backdate-form';

/** The member whose opt-in date this is. */
export interface EffectiveDateEditorProps {
  readonly profile: MemberProfile;
}

/** Renders the date (or its form), the pending approval and the last save's confirmation. */
export function EffectiveDateEditor({ profile }: EffectiveDateEditorProps) {
  const { participation: p, member, client } = profile;
  const windowDays = useConsoleStore((state) => state.clientRules[client.id]?.backdateWindowDays ?? null);
  const [isEditing, setIsEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const shouldFocusDate = useRef(false);

  // Back on the date (the button, or the plain date while a back-date waits) in the same commit that removed the form.
  useLayoutEffect(() => {
    if (isEditing || !shouldFocusDate.current) return;
    shouldFocusDate.current = false;
    focusTarget('effectiveDate');
  }, [isEditing]);

  function close(message: string | null): void {
    shouldFocusDate.current = true;
    if (message !== null) setNotice(message);
    setIsEditing(false);
  }

  if (!p.effectiveOn) return <>—</>;
  // The backend takes one back-date at a time; while one waits for a team lead, the date is not editable.
  const isEditable = p.pendingEffectiveDate === null || isEditing;
  const bounds = { planYear: p.planYear, partDEffectiveOn: member.eligibility.partDEffectiveOn, asOf: profile.asOf, currentEffectiveOn: p.effectiveOn, windowDays };
  return (
    <div className="effective-date">
      {isEditing ? (
        <BackdateForm
          memberId={member.memberId}
          bounds={bounds}
          clientName={client.shortName}
          onCancel={() => close(null)}
          onSaved={(outcome, request) =>
            close(
              outcome.status === 'completed'
                ? `Effective date changed to ${formatIsoDate(request.effectiveOn)}. Confirmation number ${outcome.confirmationNumber}.`
                : `Sent for team lead approval. Confirmation number ${outcome.confirmationNumber}.`,
            )
          }
        />
      ) : !isEditable ? (
        <span id={FOCUS_TARGETS.effectiveDate} tabIndex={-1}>
          <DateText iso={p.effectiveOn} />
        </span>
      ) : (
        <button
          id={FOCUS_TARGETS.effectiveDate}
          type="button"
          className="date-button"
          aria-keyshortcuts="Alt+B"
          onClick={() => {
            setNotice('');
            setIsEditing(true);
          }}
        >
          <DateText iso={p.effectiveOn} /> <span className="date-button-hint">Back-date</span>
        </button>
      )}
      {p.pendingEffectiveDate ? (
        <p className="pending-note">
          Pending team lead approval: <DateText iso={p.pendingEffectiveDate.effectiveOn} /> (confirmation{' '}
          <span className="mono">{p.pendingEffectiveDate.confirmationNumber}</span>)
        </p>
      ) : null}
      <p role="status" className="effective-date-notice">
        {notice}
      </p>
    </div>
  );
}
