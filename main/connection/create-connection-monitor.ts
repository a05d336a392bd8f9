/**
 * Knows whether the payer backend answers, and tells the renderer the moment that changes.
 *
 * A rep must learn the backend is down before the next caller, not when they act: so the monitor
 * probes the health route in the background whenever no real request has answered within the last
 * interval (a busy console sends no extra traffic), with a short timeout and no retries. The banner
 * shows within about one interval plus the probe's timeout, and clears the same way with no rep action.
 */
import type { ConnectionState } from '../../shared/ipc/views';
import type { EventBus } from '../events/create-event-bus';

export interface ConnectionMonitor {
  current(): ConnectionState;
  report(isReachable: boolean, message: string | null): void;
  stop(): void;
}

/** `probe` must resolve when the backend answers and reject when it does not (its outcome also arrives through report()). */
export function createConnectionMonitor(deps: {
  backendUrl: string;
  events: EventBus;
  probe: () => Promise<unknown>;
  pollIntervalMs: number;
  now?: () => Date;
}): ConnectionMonitor {
  const now = deps.now ?? (() => new Date());
  let state: ConnectionState = { isOnline: true, backendUrl: deps.backendUrl, checkedAt: now().toISOString(), message: null };
  let lastAnswerAt = Date.now();
  let isProbing = false;

  const timer = setInterval(() => {
    const isQuiet = Date.now() - lastAnswerAt >= deps.pollIntervalMs;
    if (isProbing || (state.isOnline && !isQuiet)) return;
    isProbing = true;
    deps
      .probe()
      .catch(() => undefined)
      .finally(() => {
        isProbing = false;
      });
  }, deps.pollIntervalMs);
  timer.unref();

  return {
    current: () => state,
    report(isReachable, message) {
      if (isReachable) lastAnswerAt = Date.now();
      const changed = isReachable !== state.isOnline;
      state = { ...state, isOnline: isReachable, checkedAt: now().toISOString(), message: isReachable ? null : message };
      if (changed) deps.events.emit('connection:changed', state);
    },
    stop: () => clearInterval(timer),
  };
}
