/**
 * Makes every non-2xx answer the contract's ApiError body: thrown errors, unknown routes and methods,
 * and requests that arrive while the server is closing (Fastify's own 503 has another shape, so the
 * server turns it off and answers here instead). No answer repeats the path or a value from the request.
 */
import type { FastifyInstance } from 'fastify';
import { SandboxApiError } from './sandbox-api-error';
import { sendApiError } from './send-api-error';
import { toApiError } from './to-api-error';

const NO_SUCH_ROUTE = 'This API has no route for that method and path. See docs/api/openapi.json for the routes it has.';

/** Installs the handlers; call before any other onRequest hook, so a closing server refuses first. */
export function registerErrorAnswers(app: FastifyInstance, options: { readonly logger: boolean }): void {
  let isClosing = false;
  app.addHook('preClose', async () => {
    isClosing = true;
  });
  app.addHook('onRequest', async () => {
    if (isClosing) throw new SandboxApiError(503, 'UNAVAILABLE', 'The sandbox is shutting down. Try again in a moment.', { connection: 'close' });
  });
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.code === 'INTERNAL' && !(error instanceof SandboxApiError)) {
      // The route pattern, never the URL: URLs carry member IDs.
      const where = `${request.method} ${request.routeOptions.url ?? '(no route)'}`;
      request.log.error({ err: error }, `sandbox handler failed on ${where}`);
      if (!options.logger) process.stderr.write(`sandbox: ${where} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return sendApiError(reply, apiError);
  });
  app.setNotFoundHandler((_request, reply) => sendApiError(reply, new SandboxApiError(404, 'NOT_FOUND', NO_SUCH_ROUTE)));
}
