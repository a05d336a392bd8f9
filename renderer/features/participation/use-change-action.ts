/**
 * One rep action that changes a record, from the moment the screen opens until main answers: its
 * actionId is made once, here, and sent with every attempt, so pressing Confirm again after a
 * failure (backend unreachable, timeout) repeats the same operation and can never change twice.
 *
 * Only a refusal ends the action (nothing changed, the backend said why): the next send, or
 * `startOver`, makes a new id for the corrected request.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChangeOutcome, ChangeView } from '../../../shared/ipc/views';
import { ApiError } from '../../api/api-error';
import { useConsoleStore } from '../../state/use-console-store';
import type { ChangeRequest } from './participation-slice';

/** Where the action is: not sent, on its way, failed to reach the backend, or answered. */
export type ChangeState =
  | { readonly status: 'idle' }
  | { readonly status: 'sending' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'answered'; readonly outcome: ChangeOutcome };

/** An outcome that means the backend took the change: done, or waiting for a team lead. */
export type TakenOutcome = Exclude<ChangeOutcome, { readonly status: 'refused' }>;

/** The action's id and state, and the calls that send it or start a new one. */
export interface ChangeAction<R = ChangeRequest> {
  readonly actionId: string;
  readonly state: ChangeState;
  /** Sends (or re-sends) the change built around this action's id and resolves with where it ended; ignored while one is on its way. */
  send(build: (actionId: string) => R): Promise<ChangeState>;
  /** After a refusal: a new id, back to idle. */
  startOver(): void;
}

/** Holds one participation action for the life of the component that made it. */
export function useChangeAction(): ChangeAction {
  return useRepAction(useConsoleStore((state) => state.submitChange));
}

/** The same for any area's changes: `submitChange` is the slice action that sends one to main. */
export function useRepAction<R>(submitChange: (request: R) => Promise<ChangeView>): ChangeAction<R> {
  const abandonChange = useConsoleStore((state) => state.abandonChange);
  const [actionId, setActionId] = useState(() => crypto.randomUUID());
  const [state, setState] = useState<ChangeState>({ status: 'idle' });
  const isSending = useRef(false);
  // Closing the flow after a failed attempt gives the action up: main must not send it days later.
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

  async function send(build: (actionId: string) => R): Promise<ChangeState> {
    if (isSending.current) return state;
    isSending.current = true;
    const id = state.status === 'answered' && state.outcome.status === 'refused' ? startOver() : actionId;
    setState({ status: 'sending' });
    let ended: ChangeState;
    try {
      const change = await submitChange(build(id));
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
