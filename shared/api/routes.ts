/**
 * The payer backend API contract: one entry per route, shared by the sandbox (request validation),
 * the console's client (response validation) and the OpenAPI document (generated from these).
 */
import { z } from 'zod';
import { ClientSchema } from '../domain/client';
import { MemberSummarySchema } from '../domain/member';
import { MemberProfileSchema } from '../domain/member-profile';
import { MemberSearchQuerySchema } from '../domain/member-search';
import { IsoDateTimeSchema, MemberIdSchema } from '../domain/primitives';
import { SignInInputSchema, UserSchema } from '../domain/session';
import type { ApiRoute } from './api-route';
import { approvalRoutes } from './approval-routes';
import { auditRoutes } from './audit-routes';
import { callRoutes } from './call-routes';
import { floorRoutes } from './floor-routes';
import { participationRoutes } from './participation-routes';
import { paymentRoutes } from './payment-routes';

export { ApiErrorSchema, type ApiError, type ApiRoute, type ApiRouteError, type HttpMethod } from './api-route';
// Named here so the OpenAPI document gives the call schemas components of their own.
export { AgentStreamEventSchema, CtiEventAnswerSchema, CtiEventBodySchema } from './call-routes';
export { CallEventSchema } from '../calls/call-events';
export { AgentStatusSchema, InteractionRecordSchema } from '../calls/interaction';
// The floor board's schemas, named for the same reason.
export { FloorStreamEventSchema } from './floor-routes';
export { FloorAgentSchema, FloorDispositionSchema, FloorHourSchema, FloorQueueSchema, FloorSnapshotSchema } from '../floor/floor-board';
export { FloorEventSchema } from '../floor/floor-events';

const ANY_USER = ['rep', 'team_lead'] as const;

export const SignInResponseSchema = z.object({
  token: z.string().min(20),
  expiresAt: IsoDateTimeSchema,
  user: UserSchema,
});

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  asOf: z.string(),
  /** True only for the sandbox: the console then shows the sandbox's sign-in hint. A real backend omits it. */
  isSandbox: z.boolean().optional(),
});

export const apiRoutes = {
  getHealth: {
    operationId: 'getHealth',
    summary: 'Liveness check; also tells the backend business date.',
    method: 'GET',
    path: '/v1/health',
    response: HealthResponseSchema,
    roles: [],
  },
  createSession: {
    operationId: 'createSession',
    summary: 'Sign a console user in; returns a bearer token.',
    method: 'POST',
    path: '/v1/sessions',
    body: SignInInputSchema,
    response: SignInResponseSchema,
    roles: [],
    errors: [
      { status: 401, code: 'NOT_SIGNED_IN', description: 'The user name or password is wrong; the message never says which, nor whether the name exists.' },
      {
        status: 429,
        code: 'TOO_MANY_ATTEMPTS',
        description: 'Too many failed sign-ins for this user name or from this address. Until the wait is over even the right password is refused; the message says how long in words.',
        headers: { 'Retry-After': { description: 'Whole seconds to wait before trying again.', type: 'integer' } },
      },
    ],
  },
  revokeSession: {
    operationId: 'revokeSession',
    summary: 'Sign out: the bearer token stops working at once, everywhere.',
    method: 'DELETE',
    path: '/v1/sessions/current',
    response: z.object({ revoked: z.literal(true) }),
    roles: ANY_USER,
  },
  listClients: {
    operationId: 'listClients',
    summary: 'The white-label clients served, with branding.',
    method: 'GET',
    path: '/v1/clients',
    response: z.object({ clients: z.array(ClientSchema) }),
    roles: ANY_USER,
  },
  searchMembers: {
    operationId: 'searchMembers',
    summary: 'Find members by MBI, member ID, phone (E.164) or last name and date of birth. A POST so the search keys (PHI) stay out of URLs and access logs; it changes nothing.',
    method: 'POST',
    path: '/v1/members/search',
    body: MemberSearchQuerySchema,
    response: z.object({ members: z.array(MemberSummarySchema) }),
    roles: ANY_USER,
    isReadOnly: true,
  },
  getMemberProfile: {
    operationId: 'getMemberProfile',
    summary: "A member's whole record, one object per data domain.",
    method: 'GET',
    path: '/v1/members/:memberId/profile',
    params: z.object({ memberId: MemberIdSchema }),
    response: MemberProfileSchema,
    roles: ANY_USER,
  },
  listTeamAgents: {
    operationId: 'listTeamAgents',
    summary: 'The console users on the floor; team leads only.',
    method: 'GET',
    path: '/v1/team/agents',
    response: z.object({ agents: z.array(UserSchema) }),
    roles: ['team_lead'],
  },
  ...participationRoutes,
  ...approvalRoutes,
  ...callRoutes,
  ...floorRoutes,
  ...paymentRoutes,
  ...auditRoutes,
} as const satisfies Record<string, ApiRoute>;

export type ApiRoutes = typeof apiRoutes;
export type ApiRouteName = keyof ApiRoutes;
export type ApiResponse<N extends ApiRouteName> = z.output<ApiRoutes[N]['response']>;

/** GETs and read-only POSTs: safe to send again after a network error or timeout. */
export function isSafeToRetry(route: ApiRoute): boolean {
  return route.method === 'GET' || route.isReadOnly === true;
}

/** Fills `:name` segments of a route path with URL-encoded values. */
export function buildApiPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
