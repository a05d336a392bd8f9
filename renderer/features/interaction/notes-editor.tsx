/** The call's notes (Alt+N): typed freely, saved by main every few seconds and on leaving the field, never holding a card number. */
import { useId } from 'react';
import { FOCUS_TARGETS } from '../../app/focus-targets';
import type { NotesAutosave } from './use-notes-autosave';

const time = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** The autosave state the panel owns (so wrap-up can save the notes before it finishes). */
export interface NotesEditorProps {
  readonly notes: NotesAutosave;
}

/** Renders the labelled text area and its saved / refused line. */
export function NotesEditor({ notes }: NotesEditorProps) {
  const id = useId();
  const { status } = notes;
  return (
    <div className="field interaction-notes">
      <label htmlFor={FOCUS_TARGETS.notes} className="field-label">
        Call notes <kbd>Alt+N</kbd>
      </label>
      <textarea
        id={FOCUS_TARGETS.notes}
        rows={6}
        value={notes.text}
        aria-keyshortcuts="Alt+N"
        aria-invalid={status?.kind === 'error' ? true : undefined}
        aria-describedby={`${id}-status`}
        onChange={(event) => notes.change(event.target.value)}
        onBlur={() => void notes.flush()}
      />
      <p id={`${id}-status`} role={status?.kind === 'error' ? 'alert' : 'status'} className={status?.kind === 'error' ? 'field-error' : 'field-hint'}>
        {status === null ? 'Saved automatically as you type.' : status.kind === 'saved' ? `Saved ${time.format(new Date(status.at))}` : status.message}
      </p>
    </div>
  );
}
