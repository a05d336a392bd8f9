/**
 * The payment processor stand-in: a separate Fastify server on its own port with one route, the
 * tokenisation endpoint of shared/api/processor-routes.ts. It shares the sandbox database with the
 * backend for tokens (a real backend would ask its processor server to server). Card and account
 * digits come in and never go anywhere: the logger is off unless asked for and even then records the
 * method, route and status only, never a body; error answers never repeat a value.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { processorRoutes } from '../../shared/api/processor-routes';
import { createSessionRepository } from '../database/create-session-repository';
import { createTokenRepository } from '../database/create-token-repository';
import type { SandboxDatabase } from '../database/open-database';
import { createIdempotencyStore } from '../idempotency/create-idempotency-store';
import { answerClientError } from '../server/answer-client-error';
import { createSessionStore } from '../server/create-session-store';
import { registerApiRoute, type ErasedHandler } from '../server/register-api-route';
import { registerErrorAnswers } from '../server/register-error-answers';
import { sendApiError } from '../server/send-api-error';
import { toApiError } from '../server/to-api-error';
import { tokenise } from './tokenise';

/** How to build the processor; the database is the sandbox's, already open. */
export interface ProcessorServerOptions {
  readonly db: SandboxDatabase;
  /** The business date: cards that expired before its month are refused. */
  readonly asOf: string;
  readonly logger?: boolean;
  readonly now?: () => Date;
}

/** A built processor: listen and close. */
export interface ProcessorServer {
  readonly app: FastifyInstance;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the processor app (not yet listening). */
export function createProcessorServer(options: ProcessorServerOptions): ProcessorServer {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? false;
  const app = Fastify({
    logger,
    forceCloseConnections: true,
    return503OnClosing: false,
    // Small bodies only: a card is well under a kilobyte.
    bodyLimit: 4_096,
    frameworkErrors: (error, _request, reply) => void sendApiError(reply, toApiError(error)),
    clientErrorHandler: answerClientError,
  });
  registerErrorAnswers(app, { logger });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  const tokens = createTokenRepository(options.db);
  // The route is open (no sign-in), so neither store is consulted; registerApiRoute takes them uniformly.
  const context = { sessions: createSessionStore(createSessionRepository(options.db), { now }), idempotency: createIdempotencyStore(options.db, now), validateResponses: true };
  const createToken: ErasedHandler = ({ body }) => {
    const { stored, result } = tokenise(body as Parameters<typeof tokenise>[0], options.asOf);
    tokens.insert(stored, now().getTime());
    return result;
  };
  registerApiRoute(app, processorRoutes.createToken, createToken, context);
  return {
    app,
    async listen(port, host) {
      await app.listen({ port, host });
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('The processor is not listening on a TCP port.');
      return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    },
    close: () => app.close(),
  };
}
