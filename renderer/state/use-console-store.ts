/** Subscribes a component to one selected piece of console state; select primitives or stable references. */
import { useStore } from 'zustand';
import type { ConsoleState } from './console-state';
import { useConsoleStoreApi } from './use-console-store-api';

/** Selects from the store; re-renders only when the selected value changes. */
export function useConsoleStore<T>(selector: (state: ConsoleState) => T): T {
  return useStore(useConsoleStoreApi(), selector);
}
