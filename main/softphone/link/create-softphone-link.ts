/**
 * The local softphone link: a WebSocket server on 127.0.0.1 that one paired desktop softphone (or
 * CTI connector) connects to, reporting call events and carrying out the console's commands.
 *
 * Threat: every web page the rep opens and every local process can reach 127.0.0.1. Browsers always
 * send `Origin` on a WebSocket, so any Origin is refused at the upgrade (and Host must be loopback,
 * against DNS rebinding); everything else must pair with a code the rep is shown, or present the
 * token a pairing gave. Nothing a client sends ends main: each refusal closes that client only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CallCommand } from '../../../shared/calls/call-events';
import { LINK_CLOSE, LINK_HANDSHAKE_TIMEOUT_SECONDS, LINK_HEARTBEAT_SECONDS, LINK_MAX_MESSAGE_BYTES, LINK_PROTOCOL_VERSION, type LinkErrorCode, type SoftphoneInfo } from '../../../shared/softphone/link-protocol';
import { attachLinkSocket } from './attach-link-socket';
import { checkLinkUpgrade } from './check-link-upgrade';
import { createLinkRefusalLog } from './create-link-refusal-log';
import { createLinkState } from './create-link-state';
import { createPairingCodes } from './create-pairing-codes';
import { watchHeartbeat } from './watch-heartbeat';
import type { SoftphoneLink, SoftphoneLinkOptions } from './softphone-link';

/** Commands awaiting a result; the oldest is forgotten beyond this (its result is then ignored). */
const MAX_PENDING_COMMANDS = 100;

/** Tells a live softphone why it is being dropped, then closes it (error first, as the protocol says). */
function dismiss(ws: WebSocket, code: LinkErrorCode, closeCode: number, message: string): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ v: LINK_PROTOCOL_VERSION, type: 'error', code, message }));
  ws.close(closeCode, code);
}

function refuseUpgrade(socket: Socket, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Creates the link; call listen() to start it. */
export function createSoftphoneLink(options: SoftphoneLinkOptions): SoftphoneLink {
  const { logger, pairingStore } = options;
  const now = options.now ?? (() => new Date());
  const guard = (what: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      logger.error({ err: error }, `softphone link: ${what} failed`);
    }
  };
  const codes = createPairingCodes({ ttlSeconds: options.pairingCodeTtlSeconds ?? 300, now });
  const state = createLinkState({ codes, pairingStore, now, onChanged: (view) => guard('onChanged', () => options.onChanged(view)) });
  const refusals = createLinkRefusalLog(logger, { linesPerInterval: options.refusalLinesPerMinute ?? 10 });
  const server = createServer((_request, response) => response.writeHead(426, { Connection: 'close' }).end());
  const sockets = new WebSocketServer({ noServer: true, maxPayload: LINK_MAX_MESSAGE_BYTES });
  const commands = new Map<string, CallCommand>();
  const heartbeatMs = options.heartbeatMs ?? LINK_HEARTBEAT_SECONDS * 1000;
  let live: WebSocket | null = null;
  const waiting = new Set<WebSocket>();
  let hosts = new Set<string>();

  const context = {
    refusals,
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? LINK_HANDSHAKE_TIMEOUT_SECONDS * 1000,
    pair(code: string, softphone: SoftphoneInfo) {
      const check = codes.check(code);
      state.changed();
      if (check !== 'ok') return { check };
      const token = randomBytes(32).toString('base64url');
      pairingStore.save(token, softphone.name, now());
      return { check, token };
    },
    isKnownToken: (token: string) => pairingStore.matches(token),
    goLive(ws: WebSocket, softphone: SoftphoneInfo) {
      waiting.delete(ws);
      if (live) dismiss(live, 'replaced', LINK_CLOSE.REPLACED, 'Another softphone connected with this pairing; this one must not reconnect by itself.');
      live = ws;
      commands.clear();
      logger.info({ softphone: softphone.name, version: softphone.version }, 'softphone connected');
      state.connected(softphone.name);
    },
    release(ws: WebSocket) {
      if (live !== ws) return;
      live = null;
      commands.clear();
      logger.info('softphone disconnected');
      state.disconnected();
    },
    deliver(id: string, event: Parameters<SoftphoneLinkOptions['onEvent']>[0]) {
      if (!state.remember(id)) return false;
      guard('onEvent', () => options.onEvent(event));
      return true;
    },
    commandResult(id: string, outcome: Parameters<NonNullable<SoftphoneLinkOptions['onCommandResult']>>[1]) {
      const command = commands.get(id);
      if (!command) return;
      commands.delete(id);
      if (!outcome.ok) logger.warn({ command: command.type, code: outcome.error.code }, 'softphone could not carry out a command');
      guard('onCommandResult', () => options.onCommandResult?.(command, outcome));
    },
    agentExtension: () => options.agentExtension?.() ?? null,
  };

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    // A bare upgrade socket that resets mid-refusal would otherwise end the process.
    socket.on('error', () => socket.destroy());
    try {
      const refusal = checkLinkUpgrade(request, hosts, waiting.size);
      if (refusal) {
        refusals.refused(refusal.reason, refusal.fields);
        return refuseUpgrade(socket, refusal.status);
      }
      sockets.handleUpgrade(request, socket, head, (ws) => {
        waiting.add(ws);
        ws.once('close', () => waiting.delete(ws));
        attachLinkSocket(ws, context);
        watchHeartbeat(ws, heartbeatMs, () => refusals.refused('no pong to pings'));
      });
    } catch (error) {
      refusals.refused('upgrade failed', { detail: error instanceof Error ? error.message : String(error) });
      socket.destroy();
    }
  });

  return {
    async listen() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      server.on('error', (error) => logger.error({ err: error }, 'softphone link server error'));
      const port = (server.address() as AddressInfo).port;
      hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      logger.info({ port }, 'softphone link listening');
      return { port };
    },
    async close() {
      // 1001 tells a softphone to reconnect later; one that does not finish the close handshake soon is cut.
      const closing = [...sockets.clients].map((client) => new Promise<void>((resolve) => {
        client.once('close', () => resolve());
        client.close(LINK_CLOSE.GOING_AWAY, 'console closing');
      }));
      const cut = setTimeout(() => sockets.clients.forEach((client) => client.terminate()), 500);
      await Promise.all(closing);
      clearTimeout(cut);
      sockets.close();
      refusals.close();
      state.close();
      if (!server.listening) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    view: () => state.view(),
    newPairingCode() {
      codes.issue();
      return state.changed();
    },
    forget() {
      pairingStore.forget();
      codes.clear();
      const forgotten = live;
      live = null;
      commands.clear();
      if (forgotten) dismiss(forgotten, 'bad_token', LINK_CLOSE.TOKEN_REFUSED, 'The rep forgot this softphone: pair it again.');
      return state.forgotten();
    },
    send(command) {
      if (!live || live.readyState !== live.OPEN) return false;
      const id = randomUUID();
      commands.set(id, command);
      if (commands.size > MAX_PENDING_COMMANDS) commands.delete(commands.keys().next().value!);
      live.send(JSON.stringify({ v: LINK_PROTOCOL_VERSION, type: 'command', id, command }));
      return true;
    },
  };
}
