/**
 * The web host: the same services and contract as the Electron host, served to a browser on loopback.
 *
 * Threat: any web page the rep visits can reach 127.0.0.1, and any local process can connect too. So
 * the socket demands a one-time launch secret or the page credential it became (see
 * create-bridge-credentials.ts), checks Origin and Host (DNS rebinding), and every call still goes
 * through the dispatcher's sender check and input validation. Nothing a client sends may stop the
 * host: malformed requests and protocol errors end that client's connection, logged within a budget.
 * Never packaged into an installer.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { WEB_BRIDGE_PATH, WEB_BRIDGE_PROTOCOL } from '../../shared/ipc/web-bridge-protocol';
import type { EventBus } from '../events/create-event-bus';
import { createInvokeDispatcher } from '../ipc/create-invoke-dispatcher';
import type { InvokeHandlers } from '../ipc/handlers';
import { createTrustedSenderCheck } from '../ipc/is-trusted-sender';
import type { Logger } from '../logging/create-logger';
import { attachBridgeSocket, createLiveSockets } from './attach-bridge-socket';
import { createBridgeCredentials } from './create-bridge-credentials';
import { createRefusalLog } from './create-refusal-log';
import { readRequestPath } from './read-request-path';
import { serveStaticRequest } from './serve-static-request';

export interface WebHost {
  /** Open this in a browser; the fragment carries a one-time launch secret. */
  readonly url: string;
  readonly origin: string;
  /** A launch link for one more window (each link opens one page, once). */
  newLaunchUrl(): string;
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

/** Largest frame a page may send; a call's input is a few hundred bytes. */
const MAX_FRAME_BYTES = 1024 * 1024;

function offeredProtocols(request: IncomingMessage): string[] {
  return (request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
}

function refuse(socket: Socket, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Starts the web host on 127.0.0.1 (port 0 picks a free one). */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { logger } = options;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const dispatcher = createInvokeDispatcher({ handlers: options.handlers, isTrustedSender: createTrustedSenderCheck(origins), logger });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, handleProtocols: () => WEB_BRIDGE_PROTOCOL });
  const credentials = createBridgeCredentials();
  const refusals = createRefusalLog(logger);
  const live = createLiveSockets();
  const context = { dispatcher, events: options.events, refusals, live };

  server.on('request', serveStaticRequest({ ...options, port, hosts, logger }));

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    // Node hands an upgrade socket over bare: without this, a client resetting mid-refusal ends the process.
    socket.on('error', () => socket.destroy());
    try {
      const path = readRequestPath(request.url);
      const origin = request.headers.origin ?? null;
      if (path !== WEB_BRIDGE_PATH || !hosts.has(request.headers.host ?? '') || !origin || !origins.includes(origin)) {
        refusals.refused('wrong path, host or origin', { path: path ?? '(unparsable)', origin });
        return refuse(socket, path === null ? '400 Bad Request' : '401 Unauthorized');
      }
      const admission = credentials.admit(offeredProtocols(request));
      if (!admission) {
        refusals.refused('no valid launch secret or page credential', { origin });
        return refuse(socket, '401 Unauthorized');
      }
      sockets.handleUpgrade(request, socket, head, (ws) => attachBridgeSocket(ws, origin, admission, context));
    } catch (error) {
      refusals.refused('upgrade failed', { error: error instanceof Error ? error.message : String(error) });
      socket.destroy();
    }
  });

  const urlFor = (secret: string) => `${origins[0]}/#secret=${secret}`;
  return {
    url: urlFor(credentials.newLaunchSecret()),
    origin: origins[0]!,
    newLaunchUrl: () => urlFor(credentials.newLaunchSecret()),
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      refusals.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
