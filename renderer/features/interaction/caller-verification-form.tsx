/**
 * Who is calling, and which of the client's identifiers matched: the rep ticks them (main never gets
 * the values) and presses Verified (Alt+V). Main checks the count and the representative and decides
 * what the screens may show; this form only reports main's answer.
 */
import { useId, useState, type FormEvent } from 'react';
import type { InteractionView } from '../../../shared/calls/call-views';
import type { CallerKind } from '../../../shared/calls/interaction';
import { FOCUS_TARGETS } from '../../app/focus-targets';
import { useConsoleStore } from '../../state/use-console-store';
import { ALL_IDENTIFIERS, CALLER_KIND_LABELS, IDENTIFIER_LABELS, type VerificationIdentifier } from './caller-words';
import { describeVerification } from './describe-verification';

/** The interaction, and the identifiers the member's client accepts (null: not loaded, all are offered). */
export interface CallerVerificationFormProps {
  readonly interaction: InteractionView;
  readonly accepted: readonly VerificationIdentifier[] | null;
  /** h2 in the member area, h3 under the panel's heading. */
  readonly headingLevel: 2 | 3;
}

const KINDS = Object.keys(CALLER_KIND_LABELS) as CallerKind[];

/** Renders the form. */
export function CallerVerificationForm({ interaction, accepted, headingLevel }: CallerVerificationFormProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  const verifyCaller = useConsoleStore((state) => state.verifyCaller);
  const error = useConsoleStore((state) => state.verificationError);
  const isVerifying = useConsoleStore((state) => state.isVerifying);
  const [callerKind, setCallerKind] = useState<CallerKind>(interaction.callerKind ?? 'member');
  const [representativeId, setRepresentativeId] = useState(interaction.representatives[0]?.id ?? '');
  const [matched, setMatched] = useState<readonly VerificationIdentifier[]>([]);
  const needsMatches = callerKind === 'member' || callerKind === 'representative';
  const identifiers = accepted ?? ALL_IDENTIFIERS;

  function toggle(identifier: VerificationIdentifier, isTicked: boolean): void {
    setMatched((current) => (isTicked ? [...current, identifier] : current.filter((item) => item !== identifier)));
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (isVerifying) return;
    void verifyCaller({
      callerKind,
      ...(callerKind === 'representative' && representativeId ? { representativeId } : {}),
      matched: needsMatches ? identifiers.filter((identifier) => matched.includes(identifier)) : [],
    });
  }

  return (
    <form id={FOCUS_TARGETS.verification} className="caller-verification" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <Heading id={`${id}-title`} className="panel-title">
        Caller verification
      </Heading>
      <p role="status" className="verification-status">
        {describeVerification(interaction)}
      </p>
      <fieldset className="field-group">
        <legend className="field-label">Who is calling</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="choice-label">
            <input type="radio" name={`${id}-kind`} value={kind} checked={callerKind === kind} onChange={() => setCallerKind(kind)} />
            {CALLER_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {callerKind === 'representative' ? (
        interaction.representatives.length > 0 ? (
          <div className="field">
            <label htmlFor={`${id}-representative`} className="field-label">
              Representative on file
            </label>
            <select id={`${id}-representative`} value={representativeId} onChange={(event) => setRepresentativeId(event.target.value)}>
              {interaction.representatives.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({r.relationship})
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="field-hint">No representative is on file for this member: a caller without authority hears general information only.</p>
        )
      ) : null}
      {needsMatches ? (
        <fieldset className="field-group">
          <legend className="field-label">
            Matched the record{interaction.requiredMatches ? ` (at least ${interaction.requiredMatches})` : ''}
          </legend>
          {identifiers.map((identifier) => (
            <label key={identifier} className="choice-label">
              <input type="checkbox" checked={matched.includes(identifier)} onChange={(event) => toggle(identifier, event.target.checked)} />
              {IDENTIFIER_LABELS[identifier]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" aria-keyshortcuts="Alt+V" aria-disabled={isVerifying || undefined}>
        Verified (<kbd>Alt+V</kbd>)
      </button>
    </form>
  );
}
