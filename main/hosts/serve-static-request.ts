/** The web host's HTTP side: the built renderer, with the strict headers, to our own Host names only. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logging/create-logger';
import { readRequestPath } from './read-request-path';
import { serveRendererFile } from './serve-renderer-file';

export interface StaticRequestOptions {
  readonly rendererDir: string;
  readonly bridgeScriptPath: string;
  readonly port: number;
  /** `127.0.0.1:port` and `localhost:port`: any other Host header is a DNS-rebinding attempt. */
  readonly hosts: ReadonlySet<string>;
  readonly logger: Logger;
}

function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Returns the server's `request` listener. */
export function serveStaticRequest(options: StaticRequestOptions): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    void (async () => {
      const isRead = request.method === 'GET' || request.method === 'HEAD';
      const path = readRequestPath(request.url);
      if (!options.hosts.has(request.headers.host ?? '') || !isRead || path === null) {
        response.writeHead(!isRead ? 405 : path === null ? 400 : 421).end();
        return;
      }
      const file = await serveRendererFile(path, options);
      response.writeHead(file.status, {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy(options.port),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : file.body);
    })().catch((error: unknown) => {
      options.logger.error({ err: error }, 'web host request failed');
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  };
}
