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
import { SignInInputSchema, UserSchema, type Role } from '../domain/session';

/** Every non-2xx response carries this body. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string().min(1),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * An error answer a route documents beyond those its shape implies (400 for input, 401 and 403 for
 * roles, 404 for path parameters), so the OpenAPI document tells a backend team every code to send.
 */
export interface ApiRouteError {
  readonly status: number;
  /** The `error.code` the ApiError body carries. */
  readonly code: string;
  /** When it is answered and what the caller should do. */
  readonly description: string;
  /** Response headers that come with it, by name. */
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly type: 'integer' | 'string' }>>;
}

/** One route: how it is called, what it accepts, what it answers, and who may call it. */
export interface ApiRoute {
  readonly operationId: string;
  readonly summary: string;
  readonly method: HttpMethod;
  /** Fastify-style path, e.g. `/v1/members/:memberId/profile`. */
  readonly path: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  /** Roles allowed; empty means no sign-in is needed. */
  readonly roles: readonly Role[];
  /**
   * A POST that only reads (a search that keeps PHI out of URLs and access logs): the client may
   * retry it like a GET. Never set this on a route that changes anything.
   */
  readonly isReadOnly?: true;
  /** Errors this route answers that its shape does not imply; see ApiRouteError. */
  readonly errors?: readonly ApiRouteError[];
}

const ANY_USER = ['rep', 'team_lead'] as const;

export const SignInResponseSchema = z.object({
  token: z.string().min(20),
  expiresAt: IsoDateTimeSchema,
  user: UserSchema,
});

export const HealthResponseSchema = z.object({ status: z.literal('ok'), version: z.string(), asOf: z.string() });

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
