/**
 * Fastify's `clientErrorHandler`: answers what Node's HTTP parser rejects before there is a request
 * (malformed HTTP, oversized headers, a request that never finished arriving) with a complete HTTP
 * response carrying the contract's error body, then closes the connection, which cannot be trusted
 * to be at a request boundary any more.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { toApiError } from './to-api-error';

/** Writes the answer straight to the socket (there is no reply object yet) and closes it. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset or already-closed socket has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const apiError = toApiError(error);
  const body = JSON.stringify(apiError.toBody());
  if (socket.writable) {
    socket.write(
      [
        `HTTP/1.1 ${apiError.status} ${STATUS_CODES[apiError.status] ?? 'Error'}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  // Ends once the answer is flushed; destroying at once could drop it.
  socket.destroySoon();
}
