/**
 * Serves `streamAgentEvents` (GET /v1/agents/me/events) as server-sent events: the signed-in user's
 * call events, each `id:`/`event: call`/`data:`, replayed after `Last-Event-ID` when a console comes
 * back, with a comment line as heartbeat. It is not a request/answer route, so it is registered here
 * rather than by the generic route registration; the sign-in and role checks are the same.
 */
import type { FastifyInstance } from 'fastify';
import { callRoutes } from '../../shared/api/call-routes';
import type { SessionStore } from '../server/create-session-store';
import { checkEventStream } from '../server/open-event-stream';
import type { AgentEventHub } from './create-agent-event-hub';
import type { AgentStreamRegistry } from './create-agent-stream-registry';

/** What the stream reads from. */
export interface AgentEventStreamOptions {
  readonly sessions: SessionStore;
  readonly hub: AgentEventHub;
  readonly streams: AgentStreamRegistry;
  /** Default 15 s: under the idle limits of proxies, and how soon an expired session's stream ends. */
  readonly heartbeatMs?: number;
}

const route = callRoutes.streamAgentEvents;

function lastEventIdOf(header: string | string[] | undefined): number | null {
  return typeof header === 'string' && /^\d{1,15}$/.test(header.trim()) ? Number(header.trim()) : null;
}

/** Adds the route to the app. */
export function registerAgentEventStream(app: FastifyInstance, options: AgentEventStreamOptions): void {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  app.route({
    method: route.method,
    url: route.path,
    // A HEAD would open a stream with no body to read; only GET is the stream.
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      const checked = checkEventStream(request, reply, { route, sessions: options.sessions, streams: options.streams, heartbeatMs, forbiddenMessage: 'Your role may not open the agent event stream.' });
      const afterId = lastEventIdOf(request.headers['last-event-id']);
      const stream = checked.open();
      stream.onEnd(options.hub.subscribe(checked.user.id, afterId, (id, event) => stream.send(id, event.type === 'approval_decided' ? 'approval_decided' : 'call', event)));
    },
  });
}
