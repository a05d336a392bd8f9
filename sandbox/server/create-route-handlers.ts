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
import type { SessionStore } from './create-session-store';
import { findMembers } from './find-members';
import { SandboxApiError } from './sandbox-api-error';
import { SANDBOX_USERS } from './sandbox-users';

type Part<R, K extends 'params' | 'query' | 'body'> = R extends { readonly [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;

/** What a handler gets: parsed params, query and body, and the signed-in user (null on open routes). */
export interface HandlerInput<N extends ApiRouteName> {
  readonly params: Part<ApiRoutes[N], 'params'>;
  readonly query: Part<ApiRoutes[N], 'query'>;
  readonly body: Part<ApiRoutes[N], 'body'>;
  readonly user: User | null;
}

/** The handler table: one entry per contract route, typed by that route's schemas. */
export type RouteHandlers = { readonly [N in ApiRouteName]: (input: HandlerInput<N>) => z.input<ApiRoutes[N]['response']> };

/** The version the health route reports; the sandbox implements contract v1. */
export const SANDBOX_VERSION = 'sandbox-1.0.0';

/** What handlers read from: the as-of date, sessions and the repositories. */
export interface HandlerDependencies {
  readonly asOf: string;
  readonly sessions: SessionStore;
  readonly clients: ClientRepository;
  readonly members: MemberRepository;
  readonly profiles: ProfileReader;
}

/** Binds the handlers to the database and the session store. */
export function createRouteHandlers(deps: HandlerDependencies): RouteHandlers {
  return {
    getHealth: () => ({ status: 'ok', version: SANDBOX_VERSION, asOf: deps.asOf }),
    createSession: ({ body }) => {
      const signedIn = deps.sessions.signIn(body.username, body.password);
      if (!signedIn) throw new SandboxApiError(401, 'NOT_SIGNED_IN', 'User name or password is wrong.');
      return signedIn;
    },
    listClients: () => ({ clients: [...deps.clients.list()] }),
    searchMembers: ({ body }) => ({ members: findMembers(deps.members, body) }),
    getMemberProfile: ({ params }) => {
      const profile = deps.profiles.read(params.memberId);
      if (!profile) throw new SandboxApiError(404, 'NOT_FOUND', `No member has member ID ${params.memberId}. Check the ID with the caller, or search by MBI or name and date of birth.`);
      return profile;
    },
    listTeamAgents: () => ({ agents: SANDBOX_USERS.map((u) => u.user) }),
  };
}
