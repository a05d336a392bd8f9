/**
 * The audit trail's routes: the console reports what only it sees (a caller verified, the full MBI
 * shown, the console locked), and team leads search the trail. Everything else is recorded by the
 * backend itself as each route runs. The search is a read-only POST: a member ID is PHI-adjacent and
 * stays out of URLs and access logs, as in searchMembers.
 */
import { z } from 'zod';
import { AuditEventInputSchema, AuditPageSchema, AuditSearchQuerySchema } from '../domain/audit';
import { ANY_USER, type ApiRoute } from './api-route';

export const auditRoutes = {
  recordAuditEvent: {
    operationId: 'recordAuditEvent',
    summary: 'Record something the console decided or saw (signed in or out, caller verified, full MBI revealed, console locked or unlocked). The backend stamps who and when.',
    method: 'POST',
    path: '/v1/audit/events',
    body: AuditEventInputSchema,
    response: z.object({ seq: z.number().int().min(1) }),
    roles: ANY_USER,
  },
  searchAuditTrail: {
    operationId: 'searchAuditTrail',
    summary: "Search the audit trail by member, rep and date range, newest first, one page at a time; team leads only, and only their clients' members. It changes nothing.",
    method: 'POST',
    path: '/v1/audit/search',
    body: AuditSearchQuerySchema,
    response: AuditPageSchema,
    roles: ['team_lead'],
    isReadOnly: true,
  },
} as const satisfies Record<string, ApiRoute>;
