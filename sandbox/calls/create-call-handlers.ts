/**
 * The handlers of shared/api/call-routes.ts that answer a request: the rep's state, saving an
 * interaction (run by the server inside the idempotency transaction) and the CTI webhook. The agent
 * event stream is not request/answer; sandbox/cti/register-agent-event-stream.ts serves it.
 */
import { CallEventSchema } from '../../shared/calls/call-events';
import type { User } from '../../shared/domain/session';
import type { MemberRepository } from '../database/create-member-repository';
import { translateCtiEvent } from '../cti/translate-cti-event';
import type { RouteHandlers } from '../server/create-route-handlers';
import { SandboxApiError } from '../server/sandbox-api-error';
import { SANDBOX_USERS } from '../server/sandbox-users';
import type { CallServices } from './create-call-services';
import { saveInteraction } from './save-interaction';

/** The request/answer routes of the calls area. */
export type CallHandlers = Pick<RouteHandlers, 'setAgentState' | 'saveInteraction' | 'ctiEvent'>;

const normal = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** A phone system names agents by login or by real name; either finds the console user. */
export function findSandboxAgent(name: string): User | null {
  const wanted = normal(name);
  return SANDBOX_USERS.find(({ user }) => user.id === wanted || normal(user.displayName) === wanted)?.user ?? null;
}

function signedIn(user: User | null): User {
  if (!user) throw new Error('A signed-in route ran without a user.');
  return user;
}

/** Binds the handlers to the calls services and the member lookups. */
export function createCallHandlers(deps: { readonly asOf: string; readonly now: () => Date; readonly members: MemberRepository; readonly calls: CallServices }): CallHandlers {
  const { calls } = deps;
  return {
    setAgentState: ({ body, user }) => {
      if (body.awayReason !== null && body.state !== 'away') throw new SandboxApiError(400, 'INVALID_INPUT', 'An away reason goes only with the away state.');
      calls.repository.saveAgentState(signedIn(user).id, body, deps.now().getTime());
      return { state: body };
    },
    saveInteraction: ({ body, user }) => saveInteraction({ ...deps, repository: calls.repository }, signedIn(user), body),
    ctiEvent: ({ params, body }) => {
      const phoneSystem = calls.tokens.identify(params.token);
      // registerCtiWebhook refuses unknown tokens before the body is read; this is the second lock.
      if (!phoneSystem) throw new SandboxApiError(404, 'NOT_FOUND', 'This API has no route for that method and path.');
      const deliveries = translateCtiEvent(phoneSystem, body, findSandboxAgent, calls.roster);
      for (const { event } of deliveries) {
        const checked = CallEventSchema.safeParse(event);
        if (!checked.success) throw new SandboxApiError(400, 'INVALID_INPUT', `The ${body.event} event cannot be passed on: ${checked.error.issues[0]?.message ?? 'it is not valid'}.`);
      }
      for (const { userId, event } of deliveries) calls.hub.publish(userId, event);
      // A call the phone system holds in a team's queue (or that left it) names no agent yet: the floor board counts it.
      const isHeldInQueue = body.user === undefined && !('answeringNumber' in body && body.answeringNumber) && Boolean(body.queue?.trim());
      if (deliveries.length === 0 && !isHeldInQueue) calls.log.log(`CTI ${body.event} event routed to no one: it names no agent the sandbox knows (or the call was not ringing anyone).`);
      return { routedTo: new Set(deliveries.map((d) => d.userId)).size };
    },
  };
}
