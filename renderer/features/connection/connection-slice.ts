/** Whether main can reach the payer backend, and whether that backend is the sandbox, as main last reported. */
import type { ConnectionState } from '../../../shared/ipc/views';
import type { SliceTools } from '../../state/console-state';

/** Main's connection state and the actions that load or apply it. */
export interface ConnectionSlice {
  /** Null until main has answered getAppStatus() or pushed connection:changed. */
  readonly connection: ConnectionState | null;
  /** The backend said it is the sandbox, so the sign-in screen may show its sample users; false until main says so. */
  readonly isSandboxBackend: boolean;
  loadConnection(): Promise<void>;
  applyConnection(state: ConnectionState): void;
}

/** Builds the connection slice. */
export function createConnectionSlice({ set, get, client }: SliceTools): ConnectionSlice {
  async function loadSandboxFlag(): Promise<void> {
    try {
      set({ isSandboxBackend: (await client.getAppStatus()).isSandboxBackend });
    } catch {
      // Stays false: the hint is only ever shown on main's word.
    }
  }

  return {
    connection: null,
    isSandboxBackend: false,
    async loadConnection() {
      try {
        const status = await client.getAppStatus();
        set({ connection: status.connection, isSandboxBackend: status.isSandboxBackend });
      } catch {
        // Leave it unknown: the host pushes connection:changed as soon as it learns anything.
      }
    },
    applyConnection(state) {
      set({ connection: state });
      // Main learns what the backend is only once it answers; ask again when it comes online.
      if (state.isOnline && !get().isSandboxBackend) void loadSandboxFlag();
    },
  };
}
