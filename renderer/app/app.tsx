/** The renderer's root: one store per app around the bridge client, main's events wired in, the screen chosen. */
import { useEffect, useState } from 'react';
import type { RepConsoleClient } from '../api/rep-console-client';
import { ConsoleStoreContext } from '../state/console-store-context';
import { createConsoleStore } from '../state/create-console-store';
import { subscribeToBridgeEvents } from '../state/subscribe-to-bridge-events';
import { ScreenSwitch } from './screen-switch';

/** The unwrapped bridge client (a fake in tests). */
export interface AppProps {
  readonly client: RepConsoleClient;
}

/** Creates the store once and renders the current screen. */
export function App({ client }: AppProps) {
  const [store] = useState(() => createConsoleStore(client));

  useEffect(() => subscribeToBridgeEvents(client, store), [client, store]);
  useEffect(() => {
    void store.getState().loadSession();
    void store.getState().loadConnection();
  }, [store]);

  return (
    <ConsoleStoreContext value={store}>
      <ScreenSwitch />
    </ConsoleStoreContext>
  );
}
