/**
 * One handler per route in the shared contract — a missing one is a compile error. Handlers receive
 * input already validated by the route's schemas and return what the response schema describes. A
 * change (an isIdempotent route) answers synchronously: it runs inside the transaction that also
 * stores its answer under the Idempotency-Key.
 */
import type { z } from 'zod';
import type { ApiRouteName, ApiRoutes } from '../../shared/api/routes';
import type { User } from '../../shared/domain/session';
import { createApprovalHandlers } from '../approvals/create-approval-handlers';
import { createAuditHandlers } from '../audit/create-audit-handlers';
import type { AuditTrail } from '../audit/create-audit-trail';
import type { ApprovalRepository } from '../database/create-approval-repository';
import type { ClientRepository } from '../database/create-client-repository';
import type { MemberRepository } from '../database/create-member-repository';
import type { ParticipationWriter } from '../database/create-participation-writer';
import { createCallHandlers } from '../calls/create-call-handlers';
import { createFloorHandlers, observeFloorCalls } from '../floor/create-floor-handlers';
import type { FloorService } from '../floor/create-floor-service';
import type { CallServices } from '../calls/create-call-services';
import { createParticipationHandlers } from '../participation/create-participation-handlers';
import type { PaymentWriter } from '../database/create-payment-writer';
import type { TokenRepository } from '../database/create-token-repository';
import { createPaymentHandlers } from '../payments/create-payment-handlers';
import type { ProfileReader } from '../profile/create-profile-reader';
import { assignedClientIds } from './client-access';
import { SESSION_ENDED_MESSAGE, type SessionStore } from './create-session-store';
import type { SignInThrottle } from './create-sign-in-throttle';
import { findMembers } from './find-members';
import { openMember } from './open-member';
import { SandboxApiError } from './sandbox-api-error';
import { SANDBOX_USERS } from './sandbox-users';
import { tooManyAttempts } from './too-many-attempts';

type Part<R, K extends 'params' | 'query' | 'body'> = R extends { readonly [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;
type Answer<N extends ApiRouteName> = z.input<ApiRoutes[N]['response']>;

/** What a handler gets: parsed params, query and body, and who is calling from where. */
export interface HandlerInput<N extends ApiRouteName> {
  readonly params: Part<ApiRoutes[N], 'params'>;
  readonly query: Part<ApiRoutes[N], 'query'>;
  readonly body: Part<ApiRoutes[N], 'body'>;
  /** The signed-in user; null on open routes. */
  readonly user: User | null;
  /** The bearer token the user was signed in with (null on open routes); only sign-out needs it. */
  readonly token: string | null;
  /** The peer address (Fastify's request.ip), which sign-in throttling counts by. */
  readonly clientAddress: string;
}

/** Routes that stream rather than answer, each served by its own registration (sandbox/cti/register-agent-event-stream.ts). */
export type StreamRouteName = 'streamAgentEvents' | 'streamFloorEvents';

/** The handler table: one entry per contract route, typed by that route's schemas; changes are synchronous. */
export type RouteHandlers = {
  readonly [N in Exclude<ApiRouteName, StreamRouteName>]: (input: HandlerInput<N>) => ApiRoutes[N] extends { readonly isIdempotent: true } ? Answer<N> : Answer<N> | Promise<Answer<N>>;
};

/** The version the health route reports; the sandbox implements contract v1. */
export const SANDBOX_VERSION = 'sandbox-1.2.0';

/** What handlers read from and write to. */
export interface HandlerDependencies {
  readonly asOf: string;
  readonly now: () => Date;
  readonly sessions: SessionStore;
  readonly throttle: SignInThrottle;
  readonly clients: ClientRepository;
  readonly members: MemberRepository;
  readonly profiles: ProfileReader;
  readonly writer: ParticipationWriter;
  readonly approvals: ApprovalRepository;
  /** Payment writes and the processor's tokens (shared with the processor stand-in through the database). */
  readonly payments: PaymentWriter;
  readonly tokens: TokenRepository;
  readonly calls: CallServices;
  /** The live floor board: team leads' boards and the deltas their streams get (sandbox/floor/). */
  readonly floor: FloorService;
  /** The audit trail the console's own events are appended to and team leads search. */
  readonly audit: AuditTrail;
}

/** Binds the handlers to the database and the session store. */
export function createRouteHandlers(deps: HandlerDependencies): RouteHandlers {
  return {
    getHealth: () => ({ status: 'ok', version: SANDBOX_VERSION, asOf: deps.asOf, isSandbox: true }),
    createSession: ({ body, clientAddress }) => {
      const attempt = { username: body.username, clientAddress };
      const waitMs = deps.throttle.waitMs(attempt);
      if (waitMs > 0) throw tooManyAttempts(waitMs);
      const signedIn = deps.sessions.signIn(body.username, body.password);
      if (!signedIn) {
        deps.throttle.recordFailure(attempt);
        throw new SandboxApiError(401, 'NOT_SIGNED_IN', 'User name or password is wrong.');
      }
      deps.throttle.recordSuccess(attempt);
      return signedIn;
    },
    // A second sign-out with the same token is refused like any dead token: 401, nothing changes.
    revokeSession: ({ token }) => {
      if (token === null || !deps.sessions.revoke(token)) throw new SandboxApiError(401, 'NOT_SIGNED_IN', SESSION_ENDED_MESSAGE);
      return { revoked: true };
    },
    listClients: () => ({ clients: [...deps.clients.list()] }),
    searchMembers: ({ body, user }) => ({ members: findMembers(deps.members, body, assignedClientIds(user)) }),
    getMemberProfile: ({ params, user }) => {
      const ref = openMember(deps.members, user, params.memberId);
      const record = deps.profiles.readRecord(ref.memberKey);
      if (!record) throw new Error('A member found by ID has no record.');
      return record.profile;
    },
    // The simulated floor agents (sandbox/floor/floor-agents.ts) show on the floor board once played, not here.
    listTeamAgents: () => ({ agents: SANDBOX_USERS.filter((u) => !u.isSimulated).map((u) => u.user) }),
    ...createParticipationHandlers(deps),
    ...createApprovalHandlers({ ...deps, hub: deps.calls.hub }),
    ...createPaymentHandlers(deps),
    // The floor board hears every state, saved call and CTI event the calls routes accept.
    ...observeFloorCalls(createCallHandlers(deps), deps.floor, deps.calls.tokens),
    ...createFloorHandlers(deps),
    ...createAuditHandlers(deps),
  };
}
