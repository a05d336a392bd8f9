/**
 * The last step's buttons and what came back: Confirm has focus, so one Enter commits; a failure to
 * reach the backend keeps everything and says Confirm is safe to press again (same action); a
 * refusal shows the backend's reason and offers Back to details instead of a Confirm that would fail.
 *
 * After a failure the request may already have reached the backend, so its details are locked: Back
 * is not offered (main refuses the same action with other details), only Confirm again or Cancel.
 */
import { useLayoutEffect, useRef } from 'react';
import type { ChangeState } from './use-change-action';

/** The action's state, the Confirm button's words, and where each button goes. */
export interface ConfirmActionsProps {
  readonly state: ChangeState;
  /** "Confirm opt-in". */
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
  readonly onCancel: () => void;
}

/** Renders the alerts and buttons. */
export function ConfirmActions({ state, confirmLabel, onConfirm, onBack, onCancel }: ConfirmActionsProps) {
  const backRef = useRef<HTMLButtonElement>(null);
  const isRefused = state.status === 'answered' && state.outcome.status === 'refused';
  const isSending = state.status === 'sending';
  const isInDoubt = state.status === 'failed';

  // Confirm goes away on a refusal while it has focus: hand focus to the way forward in the same commit.
  useLayoutEffect(() => {
    if (isRefused) backRef.current?.focus();
  }, [isRefused]);

  return (
    <>
      {state.status === 'failed' ? (
        <div role="alert" className="alert-error">
          <p>{state.message}</p>
          <p>
            Nothing you entered is lost. Press {confirmLabel} to try again: it resends the same request, so it cannot happen twice. The details stay as they are
            until it goes through.
          </p>
        </div>
      ) : null}
      {state.status === 'answered' && state.outcome.status === 'refused' ? (
        <div role="alert" className="alert-error">
          <p>{state.outcome.message}</p>
          <p>Nothing was changed. Go back to correct the details, or cancel.</p>
        </div>
      ) : null}
      <div className="dialog-actions">
        {isInDoubt ? null : (
          <button ref={backRef} type="button" className="button" onClick={onBack}>
            {isRefused ? 'Back to details' : 'Back'}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {isRefused ? null : (
          // Never disabled while sending: disabling the focused button would drop focus to <body>.
          <button type="button" className="button button-primary" aria-disabled={isSending || undefined} onClick={() => isSending || onConfirm()} data-autofocus>
            {confirmLabel}
          </button>
        )}
      </div>
    </>
  );
}
