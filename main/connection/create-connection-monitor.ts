/**
 * Knows whether the payer backend answers, and tells the renderer the moment that changes.
 *
 * Fed by every real request (no extra traffic while things work); while offline it polls the health
 * route so the banner clears on its own when the backend comes back.
 */
import type { ConnectionState } from '../../shared/ipc/views';
import type { EventBus } from '../events/create-event-bus';

export interface ConnectionMonitor {
  current(): ConnectionState;
  report(isReachable: boolean, message: string | null): void;
  stop(): void;
}

/** `probe` must resolve when the backend answers and reject when it does not. */
export function createConnectionMonitor(deps: {
  backendUrl: string;
  events: EventBus;
  probe: () => Promise<unknown>;
  pollIntervalMs: number;
  now?: () => Date;
}): ConnectionMonitor {
  const now = deps.now ?? (() => new Date());
  let state: ConnectionState = { isOnline: true, backendUrl: deps.backendUrl, checkedAt: now().toISOString(), message: null };
  let timer: NodeJS.Timeout | null = null;

  function stopPolling(): void {
    if (timer) clearInterval(timer);
    timer = null;
  }

  function startPolling(): void {
    if (timer) return;
    timer = setInterval(() => {
      // The probe's own success/failure flows back through report() via the backend client.
      deps.probe().catch(() => undefined);
    }, deps.pollIntervalMs);
    timer.unref();
  }

  const monitor: ConnectionMonitor = {
    current: () => state,
    report(isReachable, message) {
      const changed = isReachable !== state.isOnline;
      state = { ...state, isOnline: isReachable, checkedAt: now().toISOString(), message: isReachable ? null : message };
      if (isReachable) stopPolling();
      else startPolling();
      if (changed) deps.events.emit('connection:changed', state);
    },
    stop: stopPolling,
  };
  return monitor;
}
