/** Sends a refusal the one way every non-2xx answer is sent: its status, its headers, the ApiError body. */
import type { FastifyReply } from 'fastify';
import type { SandboxApiError } from './sandbox-api-error';

/** Also sets no-store itself: replies made outside a route (bad URLs) skip the server's onSend hook. */
export function sendApiError(reply: FastifyReply, error: SandboxApiError): FastifyReply {
  return reply.code(error.status).headers({ ...error.headers, 'cache-control': 'no-store' }).send(error.toBody());
}
