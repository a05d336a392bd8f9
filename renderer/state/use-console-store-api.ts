/** The store itself, for code that acts outside render (keyboard commands) and must read the latest state. */
import { useContext } from 'react';
import { ConsoleStoreContext } from './console-store-context';
import type { ConsoleStore } from './create-console-store';

/** Returns the store from context. */
export function useConsoleStoreApi(): ConsoleStore {
  const store = useContext(ConsoleStoreContext);
  if (!store) throw new Error('useConsoleStoreApi needs a ConsoleStoreContext provider (see app/app.tsx).');
  return store;
}
