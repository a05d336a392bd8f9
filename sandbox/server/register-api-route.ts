/**
 * Registers one contract route on Fastify, generically: fault injection, bearer-token check, role check,
 * then params/query/body parsed with the route's zod schemas, then the handler, then (optionally) the
 * answer checked against the response schema. The order means a caller who may not use a route learns
 * nothing about what it accepts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiRoute } from '../../shared/api/routes';
import type { Role, User } from '../../shared/domain/session';
import { SESSION_ENDED_MESSAGE, type SessionStore } from './create-session-store';
import { explainZodIssue } from './explain-zod-issue';
import { SandboxApiError } from './sandbox-api-error';

const ROLE_NAMES: Readonly<Record<Role, string>> = { rep: 'reps', team_lead: 'team leads' };
const A_ROLE: Readonly<Record<Role, string>> = { rep: 'a rep', team_lead: 'a team lead' };

/** What every route registration shares: the sessions and whether answers are checked. */
export interface RouteContext {
  readonly sessions: SessionStore;
  readonly validateResponses: boolean;
}

/** A handler with its route's types erased; create-route-handlers.ts keeps them checked. */
export type ErasedHandler = (input: { params: unknown; query: unknown; body: unknown; user: User | null; token: string | null; clientAddress: string }) => unknown;

function parsePart(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value, { error: explainZodIssue });
  if (!result.success) throw new SandboxApiError(400, 'INVALID_INPUT', result.error.issues[0]?.message ?? 'That request is not valid.');
  return result.data;
}

function authenticate(route: ApiRoute, request: FastifyRequest, sessions: SessionStore): { user: User | null; token: string | null } {
  if (route.roles.length === 0) return { user: null, token: null };
  const header = request.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) throw new SandboxApiError(401, 'NOT_SIGNED_IN', 'Sign in first: this request needs a bearer token.');
  const user = sessions.authenticate(token);
  if (!user) throw new SandboxApiError(401, 'NOT_SIGNED_IN', SESSION_ENDED_MESSAGE);
  if (!route.roles.includes(user.role)) {
    throw new SandboxApiError(403, 'FORBIDDEN', `Only ${route.roles.map((r) => ROLE_NAMES[r]).join(' and ')} can do that; you are signed in as ${A_ROLE[user.role]}.`);
  }
  return { user, token };
}

/** Adds the route; errors thrown here reach the server's error handler as SandboxApiError. */
export function registerApiRoute(app: FastifyInstance, route: ApiRoute, handler: ErasedHandler, context: RouteContext): void {
  app.route({
    method: route.method,
    url: route.path,
    handler: async (request, reply) => {
      const { user, token } = authenticate(route, request, context.sessions);
      const input = {
        params: parsePart(route.params, request.params),
        query: parsePart(route.query, request.query),
        body: parsePart(route.body, request.body),
        user,
        token,
        clientAddress: request.ip,
      };
      const answer = handler(input);
      if (context.validateResponses) {
        const checked = route.response.safeParse(answer);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          throw new Error(`The sandbox broke its own contract on ${route.operationId} at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
        }
      }
      return reply.code(200).send(answer);
    },
  });
}
