/**
 * Where slices declare the state that holds PHI, so sign-out empties all of it in one step.
 *
 * Each slice registers its own empty values (and what else to forget, such as tickets that let a
 * late answer write); a new slice that holds PHI registers beside its state instead of relying on
 * someone remembering to add it to a list in the session code.
 */
import type { ConsoleState } from './console-state';

/** Registers PHI state and rebuilds its empty form. */
export interface PhiRegistry {
  /** Returns `empty` unchanged, so a slice spreads it as its initial state. */
  register<K extends keyof ConsoleState>(empty: Pick<ConsoleState, K>, onReset?: () => void): Pick<ConsoleState, K>;
  /** Runs every slice's forget step and returns the empty values of all registered state. */
  reset(): Partial<ConsoleState>;
}

/** One registry per store. */
export function createPhiRegistry(): PhiRegistry {
  const entries: { readonly empty: Partial<ConsoleState>; readonly onReset?: () => void }[] = [];
  return {
    register(empty, onReset) {
      entries.push({ empty, ...(onReset ? { onReset } : {}) });
      return empty;
    },
    reset() {
      entries.forEach((entry) => entry.onReset?.());
      return Object.assign({}, ...entries.map((entry) => entry.empty)) as Partial<ConsoleState>;
    },
  };
}
