/**
 * The audit routes' handlers: the console's own events appended as the signed-in user (the backend
 * stamps who and when; the console cannot claim another user or time), and a team lead's search.
 */
import type { ClientRepository } from '../database/create-client-repository';
import { assertClientAccess, assignedClientIds } from '../server/client-access';
import type { RouteHandlers } from '../server/create-route-handlers';
import type { AuditTrail } from './create-audit-trail';

/** The routes of shared/api/audit-routes.ts. */
export type AuditHandlers = Pick<RouteHandlers, 'recordAuditEvent' | 'searchAuditTrail'>;

/** What the audit handlers read and write. */
export interface AuditHandlerDependencies {
  readonly audit: AuditTrail;
  readonly clients: ClientRepository;
}

/** Binds the handlers to the trail. */
export function createAuditHandlers(deps: AuditHandlerDependencies): AuditHandlers {
  return {
    recordAuditEvent: ({ body, user }) => {
      if (!user) throw new Error('recordAuditEvent reached without a signed-in user.');
      const seq = deps.audit.append({
        userId: user.id, userName: user.displayName, role: user.role, action: body.kind, memberId: body.memberId ?? null,
        outcome: 'ok', confirmationNumber: null, authority: null, idempotencyKey: null, resultCount: null, detail: body.detail ?? null,
      });
      return { seq };
    },
    searchAuditTrail: ({ body, user }) => {
      const { memberId } = body;
      const client = memberId === undefined ? undefined : deps.clients.list().find((c) => c.memberIdPrefix === memberId.slice(0, 3));
      if (client) assertClientAccess(user, client.id, 'member');
      return deps.audit.search(body, assignedClientIds(user));
    },
  };
}
