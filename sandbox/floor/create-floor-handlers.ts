/**
 * The floor board's request/answer route (getFloor), and the calls routes observed for it: each rep's
 * reported state, each saved call and each accepted CTI event becomes a delta on the team's floor
 * stream, after the route has done its own work (and, for a saved call, after its transaction).
 */
import type { User } from '../../shared/domain/session';
import type { CallHandlers } from '../calls/create-call-handlers';
import type { PhoneSystemTokens } from '../cti/create-phone-system-tokens';
import type { RouteHandlers } from '../server/create-route-handlers';
import { SandboxApiError } from '../server/sandbox-api-error';
import type { FloorService } from './create-floor-service';
import type { FloorTeam } from './floor-teams';

/** The floor's request/answer routes. */
export type FloorHandlers = Pick<RouteHandlers, 'getFloor'>;

/** The lead's team, or 403: a team lead the backend puts on no team has no floor to see. */
export function requireFloorTeam(floor: FloorService, user: User | null): FloorTeam {
  const team = user ? floor.teamOf(user) : null;
  if (!team) throw new SandboxApiError(403, 'FORBIDDEN', 'You are not on a team, so there is no floor board to show. Ask your manager to add you to one.');
  return team;
}

/** Binds getFloor to the floor service. */
export function createFloorHandlers(deps: { readonly floor: FloorService }): FloorHandlers {
  return { getFloor: ({ user }) => deps.floor.snapshot(requireFloorTeam(deps.floor, user)) };
}

/** The same calls handlers, telling the floor what each accepted. */
export function observeFloorCalls(handlers: CallHandlers, floor: FloorService, tokens: PhoneSystemTokens): CallHandlers {
  return {
    ...handlers,
    setAgentState: async (input) => {
      const answer = await handlers.setAgentState(input);
      if (input.user) floor.stateReported(input.user.id);
      return answer;
    },
    saveInteraction: (input) => {
      const answer = handlers.saveInteraction(input);
      // This runs inside the idempotency transaction; the floor reads the row once it has committed.
      queueMicrotask(() => floor.interactionSaved(answer.interactionId));
      return answer;
    },
    ctiEvent: async (input) => {
      const answer = await handlers.ctiEvent(input);
      const phoneSystem = tokens.identify(input.params.token);
      if (phoneSystem) floor.ctiEvent(phoneSystem, input.body);
      return answer;
    },
  };
}
