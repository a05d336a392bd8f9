/**
 * The sandbox payer backend as a Fastify app: every route of shared/api/routes.ts registered from the
 * contract, over a seeded SQLite database, with in-memory sessions and a test-only fault handle.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { apiRoutes, type ApiRoute } from '../../shared/api/routes';
import { createClientRepository } from '../database/create-client-repository';
import { createMemberRepository } from '../database/create-member-repository';
import type { SandboxDatabase } from '../database/open-database';
import { readMeta } from '../database/read-meta';
import { createProfileReader } from '../profile/create-profile-reader';
import { createFaultInjector, type FaultControls } from './create-fault-injector';
import { createRouteHandlers } from './create-route-handlers';
import { createSessionStore } from './create-session-store';
import { registerApiRoute, type ErasedHandler } from './register-api-route';
import { SandboxApiError } from './sandbox-api-error';

/** How to build the server; everything but the database has a default. */
export interface SandboxServerOptions {
  /** An open, seeded database; the server never closes it. */
  readonly db: SandboxDatabase;
  /** Business date; defaults to the date the database was seeded for. */
  readonly asOf?: string;
  /** Fastify's logger; off unless asked for (requests carry PHI). */
  readonly logger?: boolean;
  /** Check every answer against the route's response schema (default on; costs well under a millisecond). */
  readonly validateResponses?: boolean;
  /** Clock for session expiry; tests move it forward. */
  readonly now?: () => Date;
}

/** A built server: the Fastify app plus listen/close and the fault handle. */
export interface SandboxServer {
  readonly app: FastifyInstance;
  readonly asOf: string;
  /** Test-only: slow answers, error statuses, dropped connections. Not reachable over HTTP. */
  readonly faults: FaultControls;
  /** Listens and returns the base URL, e.g. `http://127.0.0.1:53121`. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

function toErrorBody(error: FastifyError | SandboxApiError | Error): { status: number; code: string; message: string } {
  if (error instanceof SandboxApiError) return { status: error.status, code: error.code, message: error.message };
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 415) return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request body as application/json.' };
  if (status === 413) return { status, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' };
  if (status >= 400 && status < 500) return { status, code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' };
  return { status: 500, code: 'INTERNAL', message: 'The sandbox backend had a problem; see its console output.' };
}

/** Builds the app (not yet listening). */
export function createSandboxServer(options: SandboxServerOptions): SandboxServer {
  const { db } = options;
  const asOf = options.asOf ?? readMeta(db).asOf;
  if (!asOf) throw new Error('The database has no as-of date in its meta table; seed it with the sandbox seed.');
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true, return503OnClosing: true });
  const faults = createFaultInjector();
  const sessions = createSessionStore(options.now ? { now: options.now } : {});
  const clients = createClientRepository(db);
  const members = createMemberRepository(db);
  const handlers = createRouteHandlers({ asOf, sessions, clients, members, profiles: createProfileReader(db, asOf, members, clients) });
  app.addHook('onRequest', faults.apply);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  app.addHook('preClose', async () => faults.cancelDelays());
  app.setErrorHandler((error: FastifyError | SandboxApiError, request, reply) => {
    const body = toErrorBody(error);
    if (body.status === 500) request.log.error({ err: error }, 'sandbox handler failed');
    if (body.status === 500 && !options.logger) process.stderr.write(`sandbox: ${request.method} ${request.url} failed: ${error.stack ?? error.message}\n`);
    return reply.code(body.status).send({ error: { code: body.code, message: body.message } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: { code: 'NOT_FOUND', message: `There is no ${request.method} ${request.url.split('?')[0]} in this API.` } }),
  );
  const context = { sessions, validateResponses: options.validateResponses ?? true };
  for (const [name, route] of Object.entries(apiRoutes) as [keyof typeof apiRoutes, ApiRoute][]) {
    // The handler table is checked route by route in create-route-handlers.ts; here they are used uniformly.
    registerApiRoute(app, route, handlers[name] as ErasedHandler, context);
  }
  return {
    app,
    asOf,
    faults: faults.controls,
    async listen(port, host) {
      await app.listen({ port, host });
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('The sandbox is not listening on a TCP port.');
      return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    },
    close: () => app.close(),
  };
}
