/**
 * The fake bridge's idle lock, as main answers it: unlocked at first, a handle to lock it the way
 * main pushes session:lock-changed, and an unlock that takes the sandbox password ("sandbox") only.
 */
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import type { Result } from '../../../../shared/ipc/result';
import type { LockState } from '../../../../shared/ipc/views';

type LockMethods = 'getLockState' | 'reportActivity' | 'lockConsole' | 'unlockConsole' | 'onLockChanged';
type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** The methods for the bridge and the handles tests act as main with. */
export interface FakeLock {
  readonly api: Pick<RepConsoleApi, LockMethods>;
  /** How many activity reports the screen sent. */
  activityReports(): number;
  /** Main locked the console (idle by default) and told the screen. */
  emitLocked(reason?: 'idle' | 'manual'): void;
}

const UNLOCKED: LockState = { isLocked: false, lockedAt: null, reason: null, unlockMethod: 'password' };

/** Builds the part of the fake; `initial` is what getLockState answers before anything changes. */
export function createFakeLock(answer: Answer, initial: LockState = UNLOCKED): FakeLock {
  let state = initial;
  let reports = 0;
  const listeners = new Set<(state: LockState) => void>();
  const change = (next: LockState) => {
    state = next;
    listeners.forEach((listener) => listener(next));
  };
  const locked = (reason: 'idle' | 'manual'): LockState => ({ isLocked: true, lockedAt: '2026-03-01T14:10:00.000Z', reason, unlockMethod: 'password' });
  return {
    api: {
      getLockState: () => answer('getLockState', () => state),
      reportActivity: () => answer('reportActivity', () => ((reports += 1), null)),
      lockConsole: () => answer('lockConsole', () => (change(locked('manual')), state)),
      unlockConsole: (input) =>
        input.method === 'password' && input.password === 'sandbox'
          ? answer('unlockConsole', () => (change(UNLOCKED), state))
          : Promise.resolve({ ok: false, error: { code: 'UNLOCK_REFUSED', message: 'That password is not right. The console stays locked.' } }),
      onLockChanged: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    activityReports: () => reports,
    emitLocked: (reason = 'idle') => change(locked(reason)),
  };
}
