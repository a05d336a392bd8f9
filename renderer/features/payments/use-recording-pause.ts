/**
 * The recording pause around card details (PCI DSS: no card data in call recordings). When the card
 * fields appear the paired softphone is asked to pause; with no softphone, the rep must tick
 * "Recording paused" before the fields take input. Recording resumes when the details are sent and when
 * the form goes away (cancel, close), never left paused by a forgotten screen.
 */
import { useEffect, useRef, useState } from 'react';
import { useConsoleStore } from '../../state/use-console-store';

/** asking: waiting for the softphone; softphone: it paused; manual: the rep must pause and tick the box. */
export type RecordingPauseMode = 'asking' | 'softphone' | 'manual';

/** Where the pause stands and what the form may do. */
export interface RecordingPause {
  readonly mode: RecordingPauseMode;
  /** The rep ticked "Recording paused" (manual mode). */
  readonly isTicked: boolean;
  /** True once details may be spoken: the softphone paused, or the rep confirmed they did. */
  readonly isPaused: boolean;
  setTicked(isTicked: boolean): void;
}

/**
 * Pauses while `isActive` (the details fields are shown) and resumes when it turns false: the details
 * were sent (the fields give way to "Saving…") or the form went away (cancel, close). A new `reading`
 * (the member reads the details again after a refusal) resumes and pauses afresh.
 */
export function useRecordingPause(isActive: boolean, reading = 0): RecordingPause {
  const pause = useConsoleStore((state) => state.pauseRecordingForCard);
  const resumeRecording = useConsoleStore((state) => state.resumeRecordingAfterCard);
  const [mode, setMode] = useState<RecordingPauseMode>('asking');
  const [isTicked, setTicked] = useState(false);
  const isPausedBySoftphone = useRef(false);

  useEffect(() => {
    if (!isActive) return undefined;
    let isCurrent = true;
    void pause().then((isPaired) => {
      if (!isCurrent) {
        if (isPaired) resumeRecording();
        return;
      }
      isPausedBySoftphone.current = isPaired;
      setMode(isPaired ? 'softphone' : 'manual');
    });
    return () => {
      isCurrent = false;
      if (isPausedBySoftphone.current) resumeRecording();
      isPausedBySoftphone.current = false;
      // A new set of details needs a new pause: neither the answer nor the tick carries over.
      setMode('asking');
      setTicked(false);
    };
  }, [isActive, reading, pause, resumeRecording]);

  return { mode, isTicked, isPaused: mode === 'softphone' || (mode === 'manual' && isTicked), setTicked };
}
