/**
 * Which members a user may reach: only those of the clients they are assigned to. Searches leave the
 * others out; anything addressed to one (profile, rules, a change) is refused with 403, in words that
 * name no identifier, since error bodies end up in logs and screenshots.
 */
import type { User } from '../../shared/domain/session';
import { SandboxApiError } from './sandbox-api-error';

/** The clients the user serves; none when the session carries no assignment. */
export function assignedClientIds(user: User | null): readonly string[] {
  return user?.clientIds ?? [];
}

/** Throws 403 FORBIDDEN unless the user serves the client. */
export function assertClientAccess(user: User | null, clientId: string, what: 'member' | 'client'): void {
  if (assignedClientIds(user).includes(clientId)) return;
  throw new SandboxApiError(403, 'FORBIDDEN', what === 'member'
    ? "This member belongs to a health plan you are not assigned to. Transfer the caller to a rep who serves that plan."
    : 'You are not assigned to that health plan.');
}
