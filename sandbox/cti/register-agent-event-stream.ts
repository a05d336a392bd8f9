/**
 * Serves `streamAgentEvents` (GET /v1/agents/me/events) as server-sent events: the signed-in user's
 * call events, each `id:`/`event: call`/`data:`, replayed after `Last-Event-ID` when a console comes
 * back, with a comment line as heartbeat. It is not a request/answer route, so it is registered here
 * rather than by the generic route registration; the sign-in and role checks are the same.
 */
import type { FastifyInstance } from 'fastify';
import { callRoutes } from '../../shared/api/call-routes';
import { SESSION_ENDED_MESSAGE, type SessionStore } from '../server/create-session-store';
import { SandboxApiError } from '../server/sandbox-api-error';
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
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!token) throw new SandboxApiError(401, 'NOT_SIGNED_IN', 'Sign in first: this request needs a bearer token.');
      const user = options.sessions.authenticate(token);
      if (!user) throw new SandboxApiError(401, 'NOT_SIGNED_IN', SESSION_ENDED_MESSAGE);
      if (!(route.roles as readonly string[]).includes(user.role)) throw new SandboxApiError(403, 'FORBIDDEN', 'Your role may not open the agent event stream.');
      const afterId = lastEventIdOf(request.headers['last-event-id']);
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
      cleanups.push(options.hub.subscribe(user.id, afterId, (id, event) => {
        if (isOpen) res.write(`id: ${id}\nevent: ${event.type === 'approval_decided' ? 'approval_decided' : 'call'}\ndata: ${JSON.stringify(event)}\n\n`);
      }));
      const heartbeat = setInterval(() => {
        // An expired session ends here; a revoked one already ended through the registry.
        if (options.sessions.authenticate(token) === null) end();
        else res.write(': heartbeat\n\n');
      }, heartbeatMs);
      cleanups.push(() => clearInterval(heartbeat), options.streams.add(token, end));
      res.on('close', end);
    },
  });
}
