/**
 * The sandbox payer backend as a Fastify app: every route of shared/api/routes.ts registered from the
 * contract, over a seeded SQLite database, with sessions, approvals and idempotency records stored in
 * it, throttled sign-in and a test-only fault handle.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { apiRoutes, type ApiRoute } from '../../shared/api/routes';
import { createCallServices, type CallServerOptions } from '../calls/create-call-services';
import { endStreamsOnRevoke } from '../cti/create-agent-stream-registry';
import { registerAgentEventStream } from '../cti/register-agent-event-stream';
import { registerCtiWebhook } from '../cti/register-cti-webhook';
import { createFloorService } from '../floor/create-floor-service';
import { registerFloorEventStream } from '../floor/register-floor-event-stream';
import { createAuditTrail } from '../audit/create-audit-trail';
import { createApprovalRepository } from '../database/create-approval-repository';
import { createClientRepository } from '../database/create-client-repository';
import { createMemberRepository } from '../database/create-member-repository';
import { createParticipationWriter } from '../database/create-participation-writer';
import { createPaymentWriter } from '../database/create-payment-writer';
import { createTokenRepository } from '../database/create-token-repository';
import { createSessionRepository } from '../database/create-session-repository';
import type { SandboxDatabase } from '../database/open-database';
import { readMeta } from '../database/read-meta';
import { createIdempotencyStore } from '../idempotency/create-idempotency-store';
import { createProfileReader } from '../profile/create-profile-reader';
import { answerClientError } from './answer-client-error';
import { createFaultInjector, type FaultControls } from './create-fault-injector';
import { createRouteHandlers } from './create-route-handlers';
import { createSessionStore } from './create-session-store';
import type { AccessTokenVerifier } from '../identity/create-access-token-verifier';
import { createRevokedTokenRepository } from '../identity/create-revoked-token-repository';
import { createSignInThrottle } from './create-sign-in-throttle';
import { registerApiRoute, type ErasedHandler } from './register-api-route';
import { registerErrorAnswers } from './register-error-answers';
import { sendApiError } from './send-api-error';
import { toApiError } from './to-api-error';

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
  /** Clock for session expiry, sign-in lock-outs and idempotency records; tests move it forward. */
  readonly now?: () => Date;
  /** Phone-system tokens, the agent event stream's heartbeat and replay window, the CTI log (sandbox/calls/). */
  readonly calls?: CallServerOptions;
  /** Also accept the sandbox OpenID provider's access tokens (sandbox/identity/); without it, only the sandbox's own sessions. */
  readonly accessTokens?: AccessTokenVerifier;
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

/** Builds the app (not yet listening). */
export function createSandboxServer(options: SandboxServerOptions): SandboxServer {
  const { db } = options;
  const asOf = options.asOf ?? readMeta(db).asOf;
  if (!asOf) throw new Error('The database has no as-of date in its meta table; seed it with the sandbox seed.');
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? false;
  const app = Fastify({
    logger,
    forceCloseConnections: true,
    // Fastify's own 503 while closing, bad-URL 400 and parser errors have other shapes (and quote the URL).
    return503OnClosing: false,
    frameworkErrors: (error, _request, reply) => void sendApiError(reply, toApiError(error)),
    clientErrorHandler: answerClientError,
  });
  registerErrorAnswers(app, { logger });
  const faults = createFaultInjector();
  const calls = createCallServices(db, now, options.calls);
  const accessTokens = options.accessTokens ? { accessTokens: { verifier: options.accessTokens, revoked: createRevokedTokenRepository(db) } } : {};
  const sessions = endStreamsOnRevoke(createSessionStore(createSessionRepository(db), { now, ...accessTokens }), calls.streams);
  const clients = createClientRepository(db);
  const members = createMemberRepository(db);
  const profiles = createProfileReader(db, asOf, members, clients);
  const audit = createAuditTrail(db, now);
  const floor = createFloorService({ db, asOf, now });
  const handlers = createRouteHandlers({
    asOf, now, sessions, throttle: createSignInThrottle(now), clients, members, profiles,
    writer: createParticipationWriter(db), approvals: createApprovalRepository(db),
    payments: createPaymentWriter(db), tokens: createTokenRepository(db), calls, floor, audit,
  });
  app.addHook('onRequest', faults.apply);
  registerCtiWebhook(app, calls);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  app.addHook('preClose', async () => faults.cancelDelays());
  const context = { sessions, idempotency: createIdempotencyStore(db, now), validateResponses: options.validateResponses ?? true, audit };
  for (const [name, route] of Object.entries(apiRoutes) as [keyof typeof apiRoutes, ApiRoute][]) {
    if (name === 'streamAgentEvents' || name === 'streamFloorEvents') continue;
    // The handler table is checked route by route in create-route-handlers.ts; here they are used uniformly.
    registerApiRoute(app, route, handlers[name] as ErasedHandler, context);
  }
  registerAgentEventStream(app, { sessions, hub: calls.hub, streams: calls.streams, ...(calls.heartbeatMs !== undefined ? { heartbeatMs: calls.heartbeatMs } : {}) });
  registerFloorEventStream(app, { sessions, floor, streams: calls.streams, ...(calls.heartbeatMs !== undefined ? { heartbeatMs: calls.heartbeatMs } : {}) });
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
