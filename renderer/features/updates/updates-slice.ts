/** The console's own update as main last reported it, and the rep's "Install update and restart". */
import type { UpdateState } from '../../../shared/ipc/views';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** Main's update state, and what became of the rep's last request to install. */
export interface UpdatesSlice {
  /** Null until main has answered or pushed updates:changed. */
  readonly update: UpdateState | null;
  /** The answer to "Install update and restart" (why not now, or that it is installing), until the state changes. */
  readonly updateNotice: string | null;
  loadUpdate(): Promise<void>;
  applyUpdateChanged(state: UpdateState): void;
  installUpdate(): Promise<void>;
}

/** Builds the updates slice. */
export function createUpdatesSlice(tools: SliceTools): UpdatesSlice {
  const { set, client } = tools;
  // A push that arrives while the first load is on its way is newer than the load's answer.
  let pushes = 0;
  return {
    update: null,
    updateNotice: null,
    async loadUpdate() {
      const seen = pushes;
      try {
        const state = await client.getUpdateState();
        if (pushes === seen) set({ update: state });
      } catch {
        // Stays unknown: main pushes updates:changed when anything happens.
      }
    },
    applyUpdateChanged(state) {
      pushes += 1;
      set({ update: state, updateNotice: null });
    },
    async installUpdate() {
      try {
        const refusal = await client.installUpdate();
        set({ updateNotice: refusal ? refusal.message : 'Installing the update: Rep Console restarts in a moment.' });
      } catch (error) {
        set({ updateNotice: describeFailure(error, tools) });
      }
    },
  };
}
