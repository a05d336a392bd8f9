/**
 * Tells the backend's audit trail about a single sign-on sign-in or sign-out, which the backend never
 * sees happen itself (a password sign-in is its own route, recorded as such). Best-effort and quick:
 * an audit outage must never keep a rep signed in, or out.
 */
import type { BackendClient } from '../backend/create-backend-client';

const AUDIT_TIMEOUT_MS = 2_000;

/** Records `kind` with the session's own token; resolves whatever happens. */
export async function reportSignInEvent(backend: BackendClient, token: string, kind: 'signed_in' | 'signed_out'): Promise<void> {
  try {
    await backend.call('recordAuditEvent', { body: { kind, detail: 'single sign-on' }, token, timeoutMs: AUDIT_TIMEOUT_MS, maxRetries: 0 });
  } catch {
    // Nothing to do: the trail misses one line, the rep's sign-in or sign-out goes ahead.
  }
}
