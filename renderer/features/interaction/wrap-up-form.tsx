/**
 * Wrap-up after the caller hung up: the client's disposition, a short summary, and the after-call
 * work timer; "Finish wrap-up" (Alt+W) saves the notes, hands the record to main's outbox and makes
 * the rep available again.
 */
import { useId, useState, type FormEvent } from 'react';
import type { InteractionView } from '../../../shared/calls/call-views';
import { FOCUS_TARGETS } from '../../app/focus-targets';
import { useConsoleStore } from '../../state/use-console-store';
import { useNow } from '../clock/use-now';
import type { NotesAutosave } from './use-notes-autosave';

/** "0:42", "12:05": minutes and seconds since wrap-up began. */
export function formatTimer(sinceIso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(sinceIso)) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The interaction in wrap-up and its notes (saved first). */
export interface WrapUpFormProps {
  readonly interaction: InteractionView;
  readonly notes: NotesAutosave;
}

/** Renders the form. */
export function WrapUpForm({ interaction, notes }: WrapUpFormProps) {
  const id = useId();
  const finishWrapUp = useConsoleStore((state) => state.finishWrapUp);
  const [dispositionCode, setDispositionCode] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isFinishing, setIsFinishing] = useState(false);
  const now = useNow(1_000);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (isFinishing) return;
    if (!dispositionCode) return setError('Pick a disposition.');
    if (!summary.trim()) return setError('Write a short summary of the call.');
    setIsFinishing(true);
    setError(null);
    const problem = (await notes.flush()) ? await finishWrapUp({ interactionId: interaction.id, dispositionCode, summary }) : 'Fix the notes first: they could not be saved.';
    setIsFinishing(false);
    setError(problem);
  }

  return (
    <form id={FOCUS_TARGETS.wrapUp} className="wrap-up" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-title`}>Wrap-up</h3>
      <p role="timer" aria-live="off" className="wrap-up-timer">
        After-call work {interaction.wrapUpStartedAt ? formatTimer(interaction.wrapUpStartedAt, now) : '0:00'}
      </p>
      <div className="field">
        <label htmlFor={`${id}-disposition`} className="field-label">
          Disposition
        </label>
        <select id={`${id}-disposition`} value={dispositionCode} onChange={(event) => setDispositionCode(event.target.value)}>
          <option value="">Pick one…</option>
          {interaction.dispositions.map((d) => (
            <option key={d.code} value={d.code}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-summary`} className="field-label">
          Summary
        </label>
        <textarea id={`${id}-summary`} rows={3} maxLength={500} value={summary} onChange={(event) => setSummary(event.target.value)} />
      </div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" aria-keyshortcuts="Alt+W" aria-disabled={isFinishing || undefined}>
        Finish wrap-up (<kbd>Alt+W</kbd>)
      </button>
    </form>
  );
}
