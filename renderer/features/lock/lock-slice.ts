/** Whether main says the console is locked, and the unlock attempt in progress; no PHI here. */
import type { LockState, UnlockInput } from '../../../shared/ipc/views';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** Lock state and the actions that ask main to lock or unlock. */
export interface LockSlice {
  /** Null until main answered (or could not: then treated as unlocked, since main refuses member work anyway). */
  readonly lockState: LockState | null;
  readonly hasLoadedLock: boolean;
  readonly isUnlocking: boolean;
  /** Why the last unlock did not work (wrong password, another user). */
  readonly unlockError: string | null;
  loadLockState(): Promise<void>;
  applyLockChanged(state: LockState): void;
  lockConsole(): Promise<void>;
  /** Resolves true when the console is unlocked. */
  unlockConsole(input: UnlockInput): Promise<boolean>;
  /** Tells main the rep is here (throttled by the caller); a failure is not the rep's concern. */
  reportActivity(): void;
}

/** Builds the lock slice. */
export function createLockSlice(tools: SliceTools): LockSlice {
  const { set, get, client } = tools;
  const apply = (state: LockState) => set({ lockState: state, hasLoadedLock: true, ...(state.isLocked ? {} : { unlockError: null, isUnlocking: false }) });
  return {
    lockState: null,
    hasLoadedLock: false,
    isUnlocking: false,
    unlockError: null,

    async loadLockState() {
      try {
        apply(await client.getLockState());
      } catch (error: unknown) {
        describeFailure(error, tools);
        set({ hasLoadedLock: true });
      }
    },

    applyLockChanged: apply,

    async lockConsole() {
      try {
        apply(await client.lockConsole());
      } catch (error: unknown) {
        describeFailure(error, tools);
      }
    },

    async unlockConsole(input) {
      if (get().isUnlocking) return false;
      set({ isUnlocking: true, unlockError: null });
      try {
        apply(await client.unlockConsole(input));
        return true;
      } catch (error: unknown) {
        set({ isUnlocking: false, unlockError: describeFailure(error, tools) });
        return false;
      }
    },

    reportActivity() {
      client.reportActivity().catch(() => undefined);
    },
  };
}
