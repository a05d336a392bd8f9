/**
 * The part every server-sent event route shares: the bearer token and role checked as the generic
 * route registration checks them (before anything is written, so a refused caller gets a JSON error),
 * then the response taken over as `text/event-stream`, a comment line as heartbeat that also ends the
 * stream once the session expired, and the stream ended at once when the session is revoked.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiRoute } from '../../shared/api/api-route';
import type { User } from '../../shared/domain/session';
import type { AgentStreamRegistry } from '../cti/create-agent-stream-registry';
import { SESSION_ENDED_MESSAGE, type SessionStore } from './create-session-store';
import { SandboxApiError } from './sandbox-api-error';

/** Who may open the stream and how it is kept alive. */
export interface EventStreamOptions {
  readonly route: ApiRoute;
  readonly sessions: SessionStore;
  /** The open streams by session: revoking a session ends every one of its streams. */
  readonly streams: AgentStreamRegistry;
  readonly heartbeatMs: number;
  /** The 403's message for a role the route does not list. */
  readonly forbiddenMessage: string;
}

/** The caller, checked; `open()` takes the response over and answers the open stream. */
export interface CheckedStream {
  readonly user: User;
  open(): OpenStream;
}

/** A stream being written: send events, and say what to release when it ends. */
export interface OpenStream {
  send(id: string | number, event: string, data: unknown): void;
  onEnd(cleanup: () => void): void;
  end(): void;
}

/** Checks the caller (throws SandboxApiError) without writing anything yet. */
export function checkEventStream(request: FastifyRequest, reply: FastifyReply, options: EventStreamOptions): CheckedStream {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token) throw new SandboxApiError(401, 'NOT_SIGNED_IN', 'Sign in first: this request needs a bearer token.');
  const user = options.sessions.authenticate(token);
  if (!user) throw new SandboxApiError(401, 'NOT_SIGNED_IN', SESSION_ENDED_MESSAGE);
  if (!(options.route.roles as readonly string[]).includes(user.role)) throw new SandboxApiError(403, 'FORBIDDEN', options.forbiddenMessage);
  return {
    user,
    open() {
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
      const heartbeat = setInterval(() => {
        // An expired session ends here; a revoked one already ended through the registry.
        if (options.sessions.authenticate(token) === null) end();
        else res.write(': heartbeat\n\n');
      }, options.heartbeatMs);
      cleanups.push(() => clearInterval(heartbeat), options.streams.add(token, end));
      res.on('close', end);
      return {
        send: (id, event, data) => {
          if (isOpen) res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        },
        onEnd: (cleanup) => {
          if (isOpen) cleanups.push(cleanup);
          else cleanup();
        },
        end,
      };
    },
  };
}
