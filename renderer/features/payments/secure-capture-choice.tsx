/**
 * The softphone's secure keypad capture, offered beside the card fields when a softphone is paired:
 * the member keys the card on the phone and the console sees progress, never digits. While it runs the
 * typed fields stay shut; "Type the card instead" cancels it.
 */
import { useLayoutEffect, useRef } from 'react';
import { describeCapture, type SecureCapture } from './use-secure-capture';

/** The capture the form runs. */
export interface SecureCaptureChoiceProps {
  readonly capture: SecureCapture;
}

/** Renders the offer, or the capture's progress. */
export function SecureCaptureChoice({ capture }: SecureCaptureChoiceProps) {
  const isCapturing = capture.state.status === 'capturing';
  const startRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const wasCapturing = useRef(isCapturing);
  // One button gives way to the other while it has focus: focus moves across with it.
  useLayoutEffect(() => {
    if (wasCapturing.current !== isCapturing) (isCapturing ? stopRef : startRef).current?.focus();
    wasCapturing.current = isCapturing;
  }, [isCapturing]);
  if (!isCapturing) {
    return (
      <div className="panel-actions">
        <button type="button" className="button" onClick={capture.start} ref={startRef}>
          Let the member key the card on the phone
        </button>
      </div>
    );
  }
  return (
    <div className="recording-checkpoint">
      <p role="status" className="recording-note">
        {capture.state.status === 'capturing' ? describeCapture(capture.state.view) : null} Rep Console never sees the digits.
      </p>
      <div className="panel-actions">
        <button type="button" className="button" onClick={capture.stop} ref={stopRef}>
          Type the card instead
        </button>
      </div>
    </div>
  );
}
