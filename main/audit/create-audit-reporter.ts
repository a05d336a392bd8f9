/**
 * Tells the backend's audit trail what only the console sees — a caller verified, the full MBI shown,
 * the console locked or unlocked, an SSO sign-in — as recordAuditEvent; the backend stamps who and
 * when. Best-effort by design: the rep is never held up or refused because the trail could not be
 * reached (a warning is logged, without the member), and nothing is queued to send later.
 */
import type { AuditEventInput } from '../../shared/domain/audit';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { Logger } from '../logging/create-logger';

/** Sends console events to the audit trail. */
export interface AuditReporter {
  /**
   * Sends the event signed with the session's token (or `token`, e.g. just before a sign-out revokes it).
   * Never rejects: resolves true once recorded, false when it could not be (and a warning was logged).
   */
  report(event: AuditEventInput, options?: { readonly token?: string }): Promise<boolean>;
}

/** What the reporter needs: the backend client (created later than the reporter) and the log. */
export interface AuditReporterDeps {
  readonly backend: () => BackendClient;
  readonly logger: Logger;
  /** A short limit: an audit event must never keep anything waiting. */
  readonly timeoutMs?: number;
}

/** Creates the reporter. */
export function createAuditReporter(deps: AuditReporterDeps): AuditReporter {
  const timeoutMs = deps.timeoutMs ?? 5_000;
  return {
    async report(event, options = {}) {
      try {
        await deps.backend().call('recordAuditEvent', { body: event, timeoutMs, maxRetries: 0, ...(options.token ? { token: options.token } : {}) });
        return true;
      } catch (error) {
        deps.logger.warn({ kind: event.kind, code: error instanceof AppFailure ? error.code : 'UNKNOWN' }, 'could not record an audit event at the backend');
        return false;
      }
    },
  };
}
