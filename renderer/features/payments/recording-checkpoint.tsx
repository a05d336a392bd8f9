/**
 * What the rep sees about the call recording before card details are spoken: the softphone paused it,
 * or — with no softphone paired — a "Recording paused" checkbox the rep ticks once they paused it by
 * hand; the details fields take no input until then.
 */
import { useId } from 'react';
import type { RecordingPause } from './use-recording-pause';

/** The pause as useRecordingPause keeps it. */
export interface RecordingCheckpointProps {
  readonly pause: RecordingPause;
}

/** Renders the checkpoint. */
export function RecordingCheckpoint({ pause }: RecordingCheckpointProps) {
  const hintId = useId();
  if (pause.mode === 'asking') return <p className="recording-note">Asking the softphone to pause the call recording…</p>;
  if (pause.mode === 'softphone') {
    return <p className="recording-note recording-paused">Call recording is paused by the softphone. It resumes when the details are sent or you cancel.</p>;
  }
  return (
    <div className="recording-checkpoint">
      <label className="choice-label">
        <input type="checkbox" checked={pause.isTicked} onChange={(event) => pause.setTicked(event.target.checked)} aria-describedby={hintId} />
        Recording paused
      </label>
      <span id={hintId} className="field-hint">
        No softphone is paired: pause the call recording on your phone before the member reads the details, then tick this. Resume it after they are sent.
      </span>
    </div>
  );
}
