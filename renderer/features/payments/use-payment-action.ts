/**
 * One money change from the moment its screen opens until main answers: the participation flows'
 * action (one actionId for every attempt, so a second Enter or a retry can never charge twice; ADR 8)
 * over the payments slice.
 */
import { useConsoleStore } from '../../state/use-console-store';
import { useRepAction, type ChangeAction } from '../participation/use-change-action';
import type { PaymentChangeRequest } from './payments-slice';

/** The action's id and state, and the calls that send it or start a new one. */
export type PaymentAction = ChangeAction<PaymentChangeRequest>;

/** Holds one payment action for the life of the component that made it. */
export function usePaymentAction(): PaymentAction {
  return useRepAction(useConsoleStore((state) => state.submitPaymentChange));
}
