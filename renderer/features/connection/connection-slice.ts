/** Whether main can reach the payer backend, exactly as main last reported it. */
import type { ConnectionState } from '../../../shared/ipc/views';
import type { SliceTools } from '../../state/console-state';

/** Main's connection state and the actions that load or apply it. */
export interface ConnectionSlice {
  /** Null until main has answered getAppStatus() or pushed connection:changed. */
  readonly connection: ConnectionState | null;
  loadConnection(): Promise<void>;
  applyConnection(state: ConnectionState): void;
}

/** Builds the connection slice. */
export function createConnectionSlice({ set, client }: SliceTools): ConnectionSlice {
  return {
    connection: null,
    async loadConnection() {
      try {
        const status = await client.getAppStatus();
        set({ connection: status.connection });
      } catch {
        // Leave it unknown: the host pushes connection:changed as soon as it learns anything.
      }
    },
    applyConnection(state) {
      set({ connection: state });
    },
  };
}
