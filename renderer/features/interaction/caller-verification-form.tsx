/**
 * Who is calling, and what they answer for each identifier the client accepts: the rep types the
 * answers and presses Enter or Verify (Alt+V). Main compares them with the record, counts the matches,
 * checks the representative and decides what the screens may show; this form only reports main's
 * answer (in a live region) and forgets the answers once main has them.
 */
import { useId, useState, type FormEvent } from 'react';
import type { InteractionView } from '../../../shared/calls/call-views';
import type { CallerKind } from '../../../shared/calls/interaction';
import { FOCUS_TARGETS } from '../../app/focus-targets';
import { useConsoleStore } from '../../state/use-console-store';
import { ALL_IDENTIFIERS, CALLER_KIND_LABELS, IDENTIFIER_HINTS, IDENTIFIER_LABELS, type VerificationIdentifier } from './caller-words';
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
  const [answers, setAnswers] = useState<Partial<Record<VerificationIdentifier, string>>>({});
  const needsMatches = callerKind === 'member' || callerKind === 'representative';
  const identifiers = accepted ?? ALL_IDENTIFIERS;
  const isLocked = needsMatches && interaction.isVerificationLocked;

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (isVerifying || isLocked) return;
    const typed = needsMatches ? identifiers.flatMap((identifier) => (answers[identifier]?.trim() ? [[identifier, answers[identifier].trim()] as const] : [])) : [];
    void verifyCaller({
      callerKind,
      ...(callerKind === 'representative' && representativeId ? { representativeId } : {}),
      answers: Object.fromEntries(typed),
    }).then((isAnswered) => {
      // Main has compared them: the answers (PHI) do not stay on screen.
      if (isAnswered) setAnswers({});
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
      {isLocked ? (
        <p className="field-hint">Verification is locked for this call after 3 failed attempts: escalate to your team lead.</p>
      ) : needsMatches ? (
        <fieldset className="field-group">
          <legend className="field-label">
            What the caller answers{interaction.requiredMatches ? ` (at least ${interaction.requiredMatches} must match)` : ''}
          </legend>
          {identifiers.map((identifier) => (
            <div key={identifier} className="field">
              <label htmlFor={`${id}-${identifier}`} className="field-label">
                {IDENTIFIER_LABELS[identifier]}
              </label>
              <input
                id={`${id}-${identifier}`}
                type="text"
                autoComplete="off"
                spellCheck={false}
                maxLength={100}
                value={answers[identifier] ?? ''}
                aria-describedby={IDENTIFIER_HINTS[identifier] ? `${id}-${identifier}-hint` : undefined}
                onChange={(event) => setAnswers((current) => ({ ...current, [identifier]: event.target.value }))}
              />
              {IDENTIFIER_HINTS[identifier] ? (
                <p id={`${id}-${identifier}-hint`} className="field-hint">
                  {IDENTIFIER_HINTS[identifier]}
                </p>
              ) : null}
            </div>
          ))}
        </fieldset>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" aria-keyshortcuts="Alt+V" aria-disabled={isVerifying || isLocked || undefined}>
        {needsMatches ? 'Verify' : 'Record'} (<kbd>Alt+V</kbd>)
      </button>
    </form>
  );
}
