/**
 * Wires the idle lock into the console services: the policy's idle time, the call model's state, the
 * session it belongs to, the unlock check (the session's own re-authentication: the identity provider
 * again, or the sandbox password), the `session:lock-changed` event, the audit entries, and the gate
 * every other handler goes through. Kept here so create-console-services stays a short list.
 */
import type { AuditEventKind } from '../../shared/domain/audit';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { EventBus } from '../events/create-event-bus';
import type { InvokeHandlers } from '../ipc/handlers';
import type { Logger } from '../logging/create-logger';
import type { Config } from '../policy/config-schema';
import type { CallsState } from '../../shared/calls/call-views';
import type { SessionService } from './create-session-service';
import { createIdleLock, type IdleLock } from './idle-lock';
import { guardWhileLocked } from './idle-lock-guard';
import type { LockMarker } from './idle-lock-marker';

type LockChannel = 'session:get-lock-state' | 'session:report-activity' | 'session:lock' | 'session:unlock';

export interface IdleLockArea {
  readonly lock: IdleLock;
  readonly handlers: Pick<InvokeHandlers, LockChannel>;
  /** The whole handler table behind the lock's gate. */
  guard(handlers: InvokeHandlers): InvokeHandlers;
  close(): void;
}

export interface IdleLockAreaDeps {
  readonly config: Config;
  readonly events: EventBus;
  readonly session: SessionService;
  readonly backend: () => BackendClient;
  /** The call model's state, read when deciding (a connected or held call never locks). */
  readonly callsState: () => CallsState;
  readonly logger: Logger;
  /** Where the lock's state survives a restart (a console killed while locked comes back locked). */
  readonly marker?: LockMarker;
  readonly now?: () => number;
}

/** Creates the lock, subscribed to calls and session ends, with its handlers. */
export function createIdleLockArea(deps: IdleLockAreaDeps): IdleLockArea {
  const { logger, events } = deps;
  // Unlocking proves it the way the rep signed in: the provider when IT configured one, else the password.
  const unlockMethod = deps.session.signInOptions().provider ? 'provider' : 'password';

  const audit = (kind: AuditEventKind, detail: string) =>
    void deps
      .backend()
      .call('recordAuditEvent', { body: { kind, detail }, maxRetries: 0 })
      .catch((error: unknown) => logger.warn({ kind, code: error instanceof AppFailure ? error.code : 'UNKNOWN' }, 'could not record a lock event in the audit trail'));

  const lock = createIdleLock({
    idleSeconds: deps.config.session.idleLockSeconds,
    unlockMethod,
    isCallInProgress: () => {
      const phase = deps.callsState().call?.phase;
      return phase === 'connected' || phase === 'held';
    },
    signedInUser: () => deps.session.current()?.user ?? null,
    reauthenticate: async (input) => (await deps.session.reauthenticate(input)).user,
    onChanged: (state) => {
      logger.info({ isLocked: state.isLocked, reason: state.reason }, state.isLocked ? 'console locked' : 'console unlocked');
      events.emit('session:lock-changed', state);
    },
    onAudit: audit,
    ...(deps.marker ? { restore: deps.marker.read, persist: deps.marker.write } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const unsubscribe = events.subscribe((channel) => {
    if (channel === 'calls:changed') lock.callsChanged();
    if (channel === 'session:ended') lock.reset();
  });

  return {
    lock,
    handlers: {
      'session:get-lock-state': async () => lock.current(),
      'session:report-activity': async () => {
        lock.reportActivity();
        return null;
      },
      'session:lock': async () => lock.lock('manual'),
      'session:unlock': (input) => lock.unlock(input),
    },
    guard: (handlers) => guardWhileLocked(handlers, lock),
    close() {
      unsubscribe();
      lock.close();
    },
  };
}
