/** Routes main's pushed events into the store; returns one unsubscribe so the app never leaks listeners. */
import type { RepConsoleClient } from '../api/rep-console-client';
import type { ConsoleStore } from './create-console-store';

/** Subscribes to connection, refreshed, refresh-failed and session-ended events. */
export function subscribeToBridgeEvents(client: RepConsoleClient, store: ConsoleStore): () => void {
  const unsubscribers = [
    client.onConnectionChanged((state) => store.getState().applyConnection(state)),
    client.onMemberRefreshed((view) => store.getState().applyMemberRefreshed(view)),
    client.onMemberRefreshFailed((failure) => store.getState().applyMemberRefreshFailed(failure)),
    client.onSessionEnded(({ message }) => store.getState().endSession(message)),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
