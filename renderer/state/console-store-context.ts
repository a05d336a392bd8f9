/** Hands the app's store to components without a module-level singleton. */
import { createContext } from 'react';
import type { ConsoleStore } from './create-console-store';

/** Null outside the provider, so a missing provider fails loudly. */
export const ConsoleStoreContext = createContext<ConsoleStore | null>(null);
