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
import { SESSION_ENDED_MESSAGE, type SessionStore } from '../server/create-session-store';
import { SandboxApiError } from '../server/sandbox-api-error';
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
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!token) throw new SandboxApiError(401, 'NOT_SIGNED_IN', 'Sign in first: this request needs a bearer token.');
      const user = options.sessions.authenticate(token);
      if (!user) throw new SandboxApiError(401, 'NOT_SIGNED_IN', SESSION_ENDED_MESSAGE);
      if (!(route.roles as readonly string[]).includes(user.role)) throw new SandboxApiError(403, 'FORBIDDEN', 'The floor board is for team leads; you are signed in as a rep.');
      const team = requireFloorTeam(options.floor, user);
      const header = request.headers['last-event-id'];
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      res.write(': connected\n\n');
      let isOpen = true;
      const cleanups: (() => void)[] = [];
      const end = () => {
        if (!isOpen) return;
        isOpen = false;
        for (const cleanup of cleanups) cleanup();
        res.end();
      };
      const send = (id: string, event: FloorEvent) => {
        if (isOpen) res.write(`id: ${id}\nevent: ${FLOOR_STREAM_EVENT}\ndata: ${JSON.stringify(event)}\n\n`);
      };
      // Subscribing and building the snapshot happen in one turn: no delta can fall between them.
      const subscription = options.floor.hub.subscribe(team.id, typeof header === 'string' ? header : null, send);
      cleanups.push(subscription.unsubscribe);
      if (!subscription.isResumed) send(subscription.latestId, { type: 'snapshot', snapshot: options.floor.snapshot(team) });
      const heartbeat = setInterval(() => {
        if (options.sessions.authenticate(token) === null) end();
        else res.write(': heartbeat\n\n');
      }, heartbeatMs);
      cleanups.push(() => clearInterval(heartbeat), options.streams.add(token, end));
      res.on('close', end);
    },
  });
}
