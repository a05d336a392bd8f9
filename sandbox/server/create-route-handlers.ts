/**
 * One handler per route in the shared contract — a missing one is a compile error. Handlers receive
 * input already validated by the route's schemas and return what the response schema describes.
 */
import type { z } from 'zod';
import type { ApiRouteName, ApiRoutes } from '../../shared/api/routes';
import type { User } from '../../shared/domain/session';
import type { ClientRepository } from '../database/create-client-repository';
import type { MemberRepository } from '../database/create-member-repository';
import type { ProfileReader } from '../profile/create-profile-reader';
import { SESSION_ENDED_MESSAGE, type SessionStore } from './create-session-store';
import type { SignInThrottle } from './create-sign-in-throttle';
import { findMembers } from './find-members';
import { SandboxApiError } from './sandbox-api-error';
import { SANDBOX_USERS } from './sandbox-users';
import { tooManyAttempts } from './too-many-attempts';

type Part<R, K extends 'params' | 'query' | 'body'> = R extends { readonly [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;

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

/** The handler table: one entry per contract route, typed by that route's schemas. */
export type RouteHandlers = { readonly [N in ApiRouteName]: (input: HandlerInput<N>) => z.input<ApiRoutes[N]['response']> };

/** The version the health route reports; the sandbox implements contract v1. */
export const SANDBOX_VERSION = 'sandbox-1.1.0';

/** What handlers read from: the as-of date, sessions, the sign-in throttle and the repositories. */
export interface HandlerDependencies {
  readonly asOf: string;
  readonly sessions: SessionStore;
  readonly throttle: SignInThrottle;
  readonly clients: ClientRepository;
  readonly members: MemberRepository;
  readonly profiles: ProfileReader;
}

/** Binds the handlers to the database and the session store. */
export function createRouteHandlers(deps: HandlerDependencies): RouteHandlers {
  return {
    getHealth: () => ({ status: 'ok', version: SANDBOX_VERSION, asOf: deps.asOf }),
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
    searchMembers: ({ body }) => ({ members: findMembers(deps.members, body) }),
    getMemberProfile: ({ params }) => {
      const profile = deps.profiles.read(params.memberId);
      // The message names no value from the request: error bodies end up in logs and screenshots.
      if (!profile) throw new SandboxApiError(404, 'NOT_FOUND', 'No member has that member ID. Check it with the caller, or search by MBI or name and date of birth.');
      return profile;
    },
    listTeamAgents: () => ({ agents: SANDBOX_USERS.map((u) => u.user) }),
  };
}
