/**
 * The flow's live status line for a change: "Sending…" while it travels, then the confirmation
 * number, large, in the words of what happened. It is the one place a result is announced.
 */
import type { ChangeState } from './use-change-action';

/** The action's state and the words for each ending, e.g. "Opted in." */
export interface ChangeStatusTextProps {
  readonly state: ChangeState;
  readonly sending: string;
  readonly completed: string;
}

/** Renders the status text (empty when there is nothing to say). */
export function ChangeStatusText({ state, sending, completed }: ChangeStatusTextProps) {
  if (state.status === 'sending') return <>{sending}</>;
  if (state.status !== 'answered' || state.outcome.status === 'refused') return null;
  const lead = state.outcome.status === 'completed' ? completed : 'Saved for team lead approval.';
  return (
    <>
      {lead} Confirmation number <strong className="confirmation-number">{state.outcome.confirmationNumber}</strong>
    </>
  );
}

/** True once the backend took the change (done, or waiting for a team lead): the flow shows its result. */
export function isChangeTaken(state: ChangeState): boolean {
  return state.status === 'answered' && state.outcome.status !== 'refused';
}
