/**
 * Registers one contract route on Fastify, generically: fault injection, bearer-token check, role check,
 * the Idempotency-Key of a change, then params/query/body parsed with the route's zod schemas, then the
 * handler, then (optionally) the answer checked against the response schema. The order means a caller
 * who may not use a route learns nothing about what it accepts.
 *
 * A change (isIdempotent) runs inside the idempotency store's transaction: its writes and its stored
 * answer commit together; a retry with the same key gets that answer with `Idempotent-Replayed: true`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiRoute } from '../../shared/api/routes';
import type { Role, User } from '../../shared/domain/session';
import type { AuditTrail } from '../audit/create-audit-trail';
import { createCallRecorder, type CallRecorder } from '../audit/create-call-recorder';
import { fingerprintRequest } from '../idempotency/fingerprint-request';
import type { IdempotencyStore, StoredAnswer } from '../idempotency/create-idempotency-store';
import { SESSION_ENDED_MESSAGE, type SessionStore } from './create-session-store';
import { explainZodIssue } from './explain-zod-issue';
import { SandboxApiError } from './sandbox-api-error';

const ROLE_NAMES: Readonly<Record<Role, string>> = { rep: 'reps', team_lead: 'team leads' };
const A_ROLE: Readonly<Record<Role, string>> = { rep: 'a rep', team_lead: 'a team lead' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What every route registration shares: the sessions, the idempotency store and whether answers are checked. */
export interface RouteContext {
  readonly sessions: SessionStore;
  readonly idempotency: IdempotencyStore;
  readonly validateResponses: boolean;
  /** Where every recorded call is appended (sandbox/audit/); absent on servers without a trail (the processor stand-in). */
  readonly audit?: AuditTrail;
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

function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !UUID.test(key)) {
    throw new SandboxApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'This change needs an Idempotency-Key header: a new UUID for each action, the same one when the action is sent again.');
  }
  return key.toLowerCase();
}

function checkAnswer(route: ApiRoute, answer: unknown): unknown {
  const checked = route.response.safeParse(answer);
  if (checked.success) return answer;
  const issue = checked.error.issues[0];
  throw new Error(`The sandbox broke its own contract on ${route.operationId} at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
}

/**
 * A refusal the route declares (ALREADY_PARTICIPATING…) is an answer to keep; anything else rolls back.
 * A business refusal (409, 422) the contract does not declare is the sandbox's bug, answered as one.
 */
function toDeclaredRefusal(route: ApiRoute, error: unknown): StoredAnswer | null {
  if (!(error instanceof SandboxApiError)) return null;
  if ((route.errors ?? []).some((e) => e.status === error.status && e.code === error.code)) return { status: error.status, body: error.toBody() };
  if (error.status === 409 || error.status === 422) throw new Error(`${route.operationId} refused with ${error.status} ${error.code}, which its contract does not declare.`);
  return null;
}

/** Adds the route; errors thrown here reach the server's error handler as SandboxApiError. */
export function registerApiRoute(app: FastifyInstance, route: ApiRoute, handler: ErasedHandler, context: RouteContext): void {
  const serve = async (request: FastifyRequest, reply: FastifyReply, recorder: CallRecorder) => {
    const { user, token } = authenticate(route, request, context.sessions);
    recorder.identify(user, null);
    const key = route.isIdempotent && user ? idempotencyKeyOf(request) : null;
    recorder.identify(user, key);
    const input = {
      params: parsePart(route.params, request.params),
      query: parsePart(route.query, request.query),
      body: parsePart(route.body, request.body),
      user,
      token,
      clientAddress: request.ip,
    };
    const check = (answer: unknown) => (context.validateResponses ? checkAnswer(route, answer) : answer);
    if (key === null || user === null) {
      const answer = check(await handler(input));
      recorder.answered({ status: 200, body: answer });
      return reply.code(200).send(answer);
    }
    const scope = { userId: user.id, key, operationId: route.operationId, fingerprint: fingerprintRequest(route.operationId, input.params, input.body) };
    const { answer, isReplay } = recorder.recordChange(() => context.idempotency.run(scope, () => check(handler(input)), (error) => toDeclaredRefusal(route, error)));
    if (isReplay) reply.header('idempotent-replayed', 'true');
    return reply.code(answer.status).send(answer.body);
  };
  app.route({
    method: route.method,
    url: route.path,
    handler: async (request, reply) => {
      const recorder = createCallRecorder(route, request, context.audit, context.sessions);
      try {
        return await serve(request, reply, recorder);
      } catch (error) {
        recorder.failed(error);
        throw error;
      }
    },
  });
}
