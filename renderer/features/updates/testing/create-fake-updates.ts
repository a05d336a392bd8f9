/** The fake bridge's update methods: main's answers, scripted by the test, and the install requests counted. */
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import type { Result } from '../../../../shared/ipc/result';
import type { UpdateInstallRefusal, UpdateState } from '../../../../shared/ipc/views';

type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** The methods for the bridge, and the handles a test uses to act as main's update service. */
export interface FakeUpdates {
  readonly api: Pick<RepConsoleApi, 'getUpdateState' | 'installUpdate' | 'onUpdateChanged'>;
  /** Main's update service changed state (pushes updates:changed). */
  emitUpdateChanged(state: UpdateState): void;
  /** What the next installUpdate answers (null: it installs). */
  refuseNextInstall(refusal: UpdateInstallRefusal | null): void;
  readonly installRequests: () => number;
}

/** Builds the fake; updates start off, as in a console with no feed. */
export function createFakeUpdates(answer: Answer, initial: UpdateState = { status: 'off', reason: 'No update feed is configured (updates.feedUrl).' }): FakeUpdates {
  let state = initial;
  let nextRefusal: UpdateInstallRefusal | null = null;
  let requests = 0;
  const listeners = new Set<(payload: UpdateState) => void>();
  return {
    api: {
      getUpdateState: () => answer('getUpdateState', () => state),
      installUpdate: () => {
        requests += 1;
        return answer('installUpdate', () => nextRefusal);
      },
      onUpdateChanged: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    emitUpdateChanged(next) {
      state = next;
      listeners.forEach((listener) => listener(next));
    },
    refuseNextInstall: (refusal) => (nextRefusal = refusal),
    installRequests: () => requests,
  };
}
