/**
 * What the CTI webhook (ctiEvent, POST /v1/cti/:token) needs beyond the generic route: the token check
 * before anything else is read (an unknown token is answered exactly like an unknown route), form
 * bodies on this route only, and a log line — budgeted — for every refused event, saying why.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callRoutes } from '../../shared/api/call-routes';
import { SandboxApiError } from '../server/sandbox-api-error';
import { toApiError } from '../server/to-api-error';
import type { LogBudget } from './create-log-budget';
import type { PhoneSystemTokens } from './create-phone-system-tokens';
import { FormBodyError, readFormFields } from './read-form-fields';

const PATH = callRoutes.ctiEvent.path;
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** Installs the hooks and the form parser; call before the routes are registered. */
export function registerCtiWebhook(app: FastifyInstance, options: { readonly tokens: PhoneSystemTokens; readonly log: LogBudget }): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== PATH) return;
    const { token } = request.params as { token?: unknown };
    if (typeof token === 'string' && options.tokens.identify(token) !== null) return;
    options.log.log('CTI webhook refused: the token in the path is not a phone system\'s token.');
    reply.callNotFound();
    return reply;
  });
  app.addContentTypeParser(FORM_TYPES, { parseAs: 'buffer', bodyLimit: 64 * 1024 }, async (request: FastifyRequest, body: Buffer) => {
    if (request.routeOptions.url !== PATH) throw new SandboxApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
    try {
      return await readFormFields(body, request.headers['content-type'] ?? '');
    } catch (error) {
      if (error instanceof FormBodyError) throw new SandboxApiError(400, 'INVALID_INPUT', error.message);
      throw error;
    }
  });
  app.addHook('onError', async (request, _reply, error) => {
    if (request.routeOptions.url === PATH) options.log.log(`CTI webhook refused (${toApiError(error).status}): ${toApiError(error).message}`);
  });
}
