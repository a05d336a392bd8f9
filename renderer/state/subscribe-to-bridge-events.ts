/** Routes main's pushed events into the store; returns one unsubscribe so the app never leaks listeners. */
import type { RepConsoleClient } from '../api/rep-console-client';
import { handleScreenPop } from '../features/calls/handle-screen-pop';
import type { ConsoleStore } from './create-console-store';

/** Subscribes to connection, refreshed, refresh-failed, session-ended, calls-changed, call-popped and agent-changed events. */
export function subscribeToBridgeEvents(client: RepConsoleClient, store: ConsoleStore): () => void {
  const unsubscribers = [
    client.onConnectionChanged((state) => store.getState().applyConnection(state)),
    client.onUpdateChanged((state) => store.getState().applyUpdateChanged(state)),
    client.onMemberRefreshed((view) => store.getState().applyMemberRefreshed(view)),
    client.onMemberRefreshFailed((failure) => store.getState().applyMemberRefreshFailed(failure)),
    client.onSessionEnded(({ message }) => store.getState().endSession(message)),
    client.onOpenExternal(({ url }) => store.getState().openProviderPage(url)),
    client.onCallsChanged((state) => store.getState().applyCallsChanged(state)),
    client.onCallPopped((pop) => handleScreenPop(store, pop)),
    client.onAgentChanged((agent) => store.getState().applyAgentChanged(agent)),
    client.onLockChanged((state) => store.getState().applyLockChanged(state)),
    client.onInteractionChanged((view) => store.getState().applyInteractionChanged(view)),
    client.onApprovalDecided((event) => store.getState().applyApprovalDecided(event)),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
