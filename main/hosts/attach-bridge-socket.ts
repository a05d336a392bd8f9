/**
 * One page's bridge socket on the web host: calls in, results and events out, and nothing the page
 * sends (a malformed frame, a protocol error) reaching further than closing this one socket.
 */
import type { WebSocket } from 'ws';
import { WEB_BRIDGE_SUPERSEDED, WebBridgeRequestSchema, type WebBridgeMessage } from '../../shared/ipc/web-bridge-protocol';
import type { EventBus } from '../events/create-event-bus';
import type { InvokeDispatcher } from '../ipc/create-invoke-dispatcher';
import type { Admission } from './create-bridge-credentials';
import type { RefusalLog } from './create-refusal-log';

/** The open socket of each page credential: a credential drives one page at a time. */
export interface LiveSockets {
  /** Records `ws` as the page's socket, closing the one it replaces (the page reloaded, or a copy took over). */
  claim(pageKey: string, ws: WebSocket): void;
  release(pageKey: string, ws: WebSocket): void;
}

/** Creates an empty registry. */
export function createLiveSockets(): LiveSockets {
  const byPage = new Map<string, WebSocket>();
  return {
    claim(pageKey, ws) {
      byPage.get(pageKey)?.close(WEB_BRIDGE_SUPERSEDED, 'Opened in another tab');
      byPage.set(pageKey, ws);
    },
    release(pageKey, ws) {
      if (byPage.get(pageKey) === ws) byPage.delete(pageKey);
    },
  };
}

/** How long a misbehaving client may take to answer our close frame before its socket is cut. */
const HARD_CLOSE_MS = 1_000;

export interface BridgeSocketContext {
  readonly dispatcher: InvokeDispatcher;
  readonly events: EventBus;
  readonly refusals: RefusalLog;
  readonly live: LiveSockets;
}

/** Wires an accepted socket; `origin` is the one checked at the upgrade. */
export function attachBridgeSocket(ws: WebSocket, origin: string, admission: Admission, context: BridgeSocketContext): void {
  const send = (message: WebBridgeMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  context.live.claim(admission.pageKey, ws);
  if (admission.issued) send({ type: 'credential', credential: admission.issued });
  const unsubscribe = context.events.subscribe((channel, payload) => send({ type: 'event', channel, payload }));
  ws.on('close', () => {
    unsubscribe();
    context.live.release(admission.pageKey, ws);
  });
  // A client that broke the protocol does not get ws's 30-second closing handshake to hold the socket.
  const closeHard = (code: number, reason: string) => {
    ws.close(code, reason);
    setTimeout(() => ws.terminate(), HARD_CLOSE_MS).unref();
  };
  // ws has already sent the right close code (1002, 1007, 1009…) when this fires; without a listener
  // the error would be thrown and end the host.
  ws.on('error', (error) => {
    context.refusals.refused('bridge protocol error', { error: error.message });
    closeHard(1002, 'Protocol error');
  });
  ws.on('message', (data, isBinary) => {
    let frame: unknown = null;
    try {
      if (!isBinary) frame = JSON.parse(String(data));
    } catch {
      // Left null: refused below like any other malformed frame.
    }
    const request = WebBridgeRequestSchema.safeParse(frame);
    if (!request.success) {
      context.refusals.refused('malformed bridge frame');
      closeHard(1008, 'Malformed request');
      return;
    }
    const { id, channel, input } = request.data;
    void context.dispatcher.dispatch(channel, input, { origin }).then((result) => send({ type: 'result', id, result }));
  });
}
