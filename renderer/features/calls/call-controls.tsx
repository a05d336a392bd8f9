/**
 * The controls of a connected call: talk timer, hold and mute (toggle buttons that keep focus as their
 * label flips), transfer (an inline form) and hang up. When the call's driver cannot take commands the
 * controls are not shown and the bar says why.
 */
import { useRef, type RefObject } from 'react';
import type { CallView } from '../../../shared/calls/call-views';
import { Badge } from '../../ui/badge';
import { useNow } from '../clock/use-now';
import type { CallAction } from './calls-slice';
import { formatCallDuration } from './describe-call';
import { TransferForm } from './transfer-form';
import { useFocusHandOff } from './use-focus-hand-off';

/** The call, what is in flight, and the bar that takes focus when the controls go away. */
export interface CallControlsProps {
  readonly call: CallView;
  readonly pending: CallAction | null;
  readonly isTransferOpen: boolean;
  readonly onCommand: (action: CallAction, target?: string) => Promise<boolean>;
  readonly onTransferOpenChange: (isOpen: boolean) => void;
  readonly barRef: RefObject<HTMLElement | null>;
}

/** Renders the timer, state badges and buttons. */
export function CallControls({ call, pending, isTransferOpen, onCommand, onTransferOpenChange, barRef }: CallControlsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const transferButton = useRef<HTMLButtonElement>(null);
  const now = useNow(1000);
  useFocusHandOff(ref, barRef);
  const isHeld = call.phase === 'held';
  const busy = (action: CallAction) => (pending === action ? true : undefined);

  return (
    <div ref={ref} className="call-actions">
      {call.answeredAt ? (
        <span className="call-timer">
          Talk time <span role="timer" className="mono">{formatCallDuration(call.answeredAt, now)}</span>
        </span>
      ) : null}
      {isHeld ? <Badge tone="amber">On hold</Badge> : null}
      {call.isMuted ? <Badge tone="red">Muted</Badge> : null}
      {call.canControl ? (
        <>
          <button type="button" className="button" aria-keyshortcuts="Alt+H" aria-disabled={busy(isHeld ? 'resume' : 'hold')} onClick={() => void onCommand(isHeld ? 'resume' : 'hold')}>
            {isHeld ? 'Resume' : 'Hold'} <kbd>Alt+H</kbd>
          </button>
          <button type="button" className="button" aria-keyshortcuts="Alt+K" aria-disabled={busy(call.isMuted ? 'unmute' : 'mute')} onClick={() => void onCommand(call.isMuted ? 'unmute' : 'mute')}>
            {call.isMuted ? 'Unmute' : 'Mute'} <kbd>Alt+K</kbd>
          </button>
          <button ref={transferButton} type="button" className="button" aria-keyshortcuts="Alt+T" aria-expanded={isTransferOpen} onClick={() => onTransferOpenChange(!isTransferOpen)}>
            Transfer… <kbd>Alt+T</kbd>
          </button>
          <button type="button" className="button button-danger" aria-keyshortcuts="Alt+X" aria-disabled={busy('hang_up')} onClick={() => void onCommand('hang_up')}>
            Hang up <kbd>Alt+X</kbd>
          </button>
          {isTransferOpen ? (
            <TransferForm
              callId={call.callId}
              isSending={pending === 'transfer'}
              onTransfer={(target) => onCommand('transfer', target)}
              onClose={() => {
                onTransferOpenChange(false);
                transferButton.current?.focus();
              }}
            />
          ) : null}
        </>
      ) : (
        <span className="call-explain">Hold, transfer and hang up on your phone: this call came in a way the console can't control.</span>
      )}
    </div>
  );
}
