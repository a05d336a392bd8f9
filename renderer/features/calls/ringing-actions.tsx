/** What the rep can do while a call rings: answer it (Alt+A) or put the banner away. */
import { useRef, type RefObject } from 'react';
import type { CallView } from '../../../shared/calls/call-views';
import { useFocusHandOff } from './use-focus-hand-off';

/** The ringing call, whether an answer is on its way, and the bar that takes focus once it connects. */
export interface RingingActionsProps {
  readonly call: CallView;
  readonly isAnswering: boolean;
  readonly onAnswer: () => void;
  readonly onDismiss: () => void;
  readonly barRef: RefObject<HTMLElement | null>;
}

/** Renders Answer (or why it is missing) and Dismiss. */
export function RingingActions({ call, isAnswering, onAnswer, onDismiss, barRef }: RingingActionsProps) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusHandOff(ref, barRef);
  return (
    <div ref={ref} className="call-actions">
      {call.canControl ? (
        // Never disabled while answering: a focused control must keep focus (aria-disabled says it is busy).
        <button type="button" className="button button-primary" aria-keyshortcuts="Alt+A" aria-disabled={isAnswering || undefined} onClick={onAnswer}>
          {isAnswering ? 'Answering…' : 'Answer'} <kbd>Alt+A</kbd>
        </button>
      ) : (
        <span className="call-explain">Answer on your phone: this call came in a way the console can't control.</span>
      )}
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
