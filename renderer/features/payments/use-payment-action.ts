/**
 * One money change from the moment its screen opens until main answers: the actionId is made once and
 * sent with every attempt, so a second Enter, or Confirm pressed again after the backend could not be
 * reached, repeats the same operation and can never charge twice (ADR 8). The same contract as the
 * participation flows' useChangeAction, over the payments slice.
 *
 * Only a refusal (a decline, nothing due) ends the action: the next send, or `startOver`, makes a new id.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useConsoleStore } from '../../state/use-console-store';
import type { ChangeState } from '../participation/use-change-action';
import type { PaymentChangeRequest } from './payments-slice';

/** The action's id and state, and the calls that send it or start a new one. */
export interface PaymentAction {
  readonly actionId: string;
  readonly state: ChangeState;
  /** Sends (or re-sends) the change built around this action's id; ignored while one is on its way. */
  send(build: (actionId: string) => PaymentChangeRequest): Promise<ChangeState>;
  /** After a refusal: a new id, back to idle. */
  startOver(): void;
}

/** Holds one action for the life of the component that made it. */
export function usePaymentAction(): PaymentAction {
  const submit = useConsoleStore((state) => state.submitPaymentChange);
  const abandonChange = useConsoleStore((state) => state.abandonChange);
  const [actionId, setActionId] = useState(() => crypto.randomUUID());
  const [state, setState] = useState<ChangeState>({ status: 'idle' });
  const isSending = useRef(false);
  // Closing the screen after a failed attempt gives the action up: main must not charge days later.
  const unsettled = useRef<string | null>(null);
  useEffect(() => {
    unsettled.current = state.status === 'failed' ? actionId : null;
  }, [state, actionId]);
  useEffect(
    () => () => {
      if (unsettled.current) abandonChange(unsettled.current);
    },
    [abandonChange],
  );

  function startOver(): string {
    const fresh = crypto.randomUUID();
    setActionId(fresh);
    setState({ status: 'idle' });
    return fresh;
  }

  async function send(build: (actionId: string) => PaymentChangeRequest): Promise<ChangeState> {
    if (isSending.current) return state;
    isSending.current = true;
    const id = state.status === 'answered' && state.outcome.status === 'refused' ? startOver() : actionId;
    setState({ status: 'sending' });
    let ended: ChangeState;
    try {
      const change = await submit(build(id));
      ended = { status: 'answered', outcome: change.outcome };
    } catch (error: unknown) {
      ended = { status: 'failed', message: ApiError.from(error).message };
    }
    isSending.current = false;
    setState(ended);
    return ended;
  }

  return { actionId, state, send, startOver };
}
