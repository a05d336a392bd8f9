/**
 * The web host: the same services and contract as the Electron host, served to a browser on loopback.
 *
 * Threat: any web page the rep visits can reach 127.0.0.1, and any local process can connect too. So
 * the socket demands a per-launch secret (handed to the browser in the URL fragment, which browsers
 * never send over the network), checks Origin and Host (DNS rebinding), and every call still goes
 * through the dispatcher's sender check and input validation. Never packaged into an installer.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  WEB_BRIDGE_PATH,
  WEB_BRIDGE_PROTOCOL,
  WEB_BRIDGE_SECRET_PREFIX,
  WebBridgeRequestSchema,
  type WebBridgeMessage,
} from '../../shared/ipc/web-bridge-protocol';
import type { EventBus } from '../events/create-event-bus';
import { createInvokeDispatcher } from '../ipc/create-invoke-dispatcher';
import type { InvokeHandlers } from '../ipc/handlers';
import { createTrustedSenderCheck } from '../ipc/is-trusted-sender';
import type { Logger } from '../logging/create-logger';
import { serveRendererFile } from './serve-renderer-file';

export interface WebHost {
  /** Open this in a browser; the fragment carries the secret. */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  readonly handlers: InvokeHandlers;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly rendererDir: string;
  readonly bridgeScriptPath: string;
  readonly port?: number;
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

function secretFrom(request: IncomingMessage): Buffer | null {
  const offered = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const token = offered.find((p) => p.startsWith(WEB_BRIDGE_SECRET_PREFIX));
  return token ? Buffer.from(token.slice(WEB_BRIDGE_SECRET_PREFIX.length)) : null;
}

function refuse(socket: Socket, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Starts the web host on 127.0.0.1 (port 0 picks a free one). */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { logger } = options;
  const secret = Buffer.from(randomBytes(32).toString('base64url'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const dispatcher = createInvokeDispatcher({ handlers: options.handlers, isTrustedSender: createTrustedSenderCheck(origins), logger });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024, handleProtocols: () => WEB_BRIDGE_PROTOCOL });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      if (!hosts.has(request.headers.host ?? '') || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 421 : 405).end();
        return;
      }
      const file = await serveRendererFile(new URL(request.url ?? '/', origins[0]).pathname, options);
      response.writeHead(file.status, {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy(port),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : file.body);
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'web host request failed');
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const offered = secretFrom(request);
    const isSecretRight = offered !== null && offered.length === secret.length && timingSafeEqual(offered, secret);
    const origin = request.headers.origin ?? null;
    const path = new URL(request.url ?? '/', origins[0]).pathname;
    if (path !== WEB_BRIDGE_PATH || !hosts.has(request.headers.host ?? '') || !isSecretRight || !origin || !origins.includes(origin)) {
      logger.warn({ origin, path }, 'refused a web bridge connection');
      refuse(socket, '401 Unauthorized');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => attach(ws, origin));
  });

  function attach(ws: WebSocket, origin: string): void {
    const send = (message: WebBridgeMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    const unsubscribe = options.events.subscribe((channel, payload) => send({ type: 'event', channel, payload }));
    ws.on('close', unsubscribe);
    ws.on('message', (data) => {
      let frame: unknown;
      try {
        frame = JSON.parse(String(data));
      } catch {
        frame = null;
      }
      const request = WebBridgeRequestSchema.safeParse(frame);
      if (!request.success) {
        ws.close(1008, 'Malformed request');
        return;
      }
      const { id, channel, input } = request.data;
      void dispatcher.dispatch(channel, input, { origin }).then((result) => send({ type: 'result', id, result }));
    });
  }

  return {
    url: `${origins[0]}/#secret=${secret.toString()}`,
    origin: origins[0]!,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
