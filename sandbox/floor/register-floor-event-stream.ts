/**
 * Serves `streamFloorEvents` (GET /v1/team/floor/events) as server-sent events for a team lead: the
 * team's board as a snapshot, then every delta as it happens (`id:`/`event: floor`/`data:`). A console
 * coming back with a Last-Event-ID the hub still holds gets the deltas it missed instead; any other id
 * gets a fresh snapshot. A comment line is the heartbeat; sign-out ends the stream at once.
 */
import type { FastifyInstance } from 'fastify';
import { floorRoutes } from '../../shared/api/floor-routes';
import { FLOOR_STREAM_EVENT, type FloorEvent } from '../../shared/floor/floor-events';
import type { AgentStreamRegistry } from '../cti/create-agent-stream-registry';
import type { SessionStore } from '../server/create-session-store';
import { checkEventStream } from '../server/open-event-stream';
import type { FloorService } from './create-floor-service';
import { requireFloorTeam } from './create-floor-handlers';

/** What the stream reads from. */
export interface FloorEventStreamOptions {
  readonly sessions: SessionStore;
  readonly floor: FloorService;
  /** The open streams by session, shared with the agent event stream: revoking a session ends both. */
  readonly streams: AgentStreamRegistry;
  /** Default 15 s, like the agent event stream. */
  readonly heartbeatMs?: number;
}

const route = floorRoutes.streamFloorEvents;

/** Adds the route to the app. */
export function registerFloorEventStream(app: FastifyInstance, options: FloorEventStreamOptions): void {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  app.route({
    method: route.method,
    url: route.path,
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      const checked = checkEventStream(request, reply, { route, sessions: options.sessions, streams: options.streams, heartbeatMs, forbiddenMessage: 'The floor board is for team leads; you are signed in as a rep.' });
      const team = requireFloorTeam(options.floor, checked.user);
      const header = request.headers['last-event-id'];
      const stream = checked.open();
      const send = (id: string, event: FloorEvent) => stream.send(id, FLOOR_STREAM_EVENT, event);
      // Subscribing and building the snapshot happen in one turn: no delta can fall between them.
      const subscription = options.floor.hub.subscribe(team.id, typeof header === 'string' ? header : null, send);
      stream.onEnd(subscription.unsubscribe);
      if (!subscription.isResumed) send(subscription.latestId, { type: 'snapshot', snapshot: options.floor.snapshot(team) });
    },
  });
}
