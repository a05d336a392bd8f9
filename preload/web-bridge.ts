/**
 * The web host's stand-in for the Electron preload: defines the same `window.repConsole`, carried over
 * a loopback WebSocket instead of IPC. Loaded as a classic script before the renderer.
 */
import { createRepConsoleApi, type BridgeTransport } from '../shared/ipc/bridge';
import type { EventChannel } from '../shared/ipc/channels';
import type { Result } from '../shared/ipc/result';
import {
  WEB_BRIDGE_PATH,
  WEB_BRIDGE_PROTOCOL,
  WEB_BRIDGE_SECRET_PREFIX,
  type WebBridgeMessage,
} from '../shared/ipc/web-bridge-protocol-constants';

const SECRET_KEY = 'repconsole.secret';

/** Takes the secret from the URL fragment once, then keeps it only for this tab's session. */
function takeSecret(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('secret');
  if (fromHash) {
    sessionStorage.setItem(SECRET_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(SECRET_KEY);
}

const HOST_LOST: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Lost the connection to the Rep Console host. Is it still running?' },
};

function createWebSocketTransport(secret: string): BridgeTransport {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocket;
  let opened: Promise<void>;
  let retryDelay = 250;

  function connect(): void {
    socket = new WebSocket(`ws://${location.host}${WEB_BRIDGE_PATH}`, [WEB_BRIDGE_PROTOCOL, WEB_BRIDGE_SECRET_PREFIX + secret]);
    opened = new Promise((resolve, reject) => {
      socket.addEventListener('open', () => {
        retryDelay = 250;
        resolve();
      });
      socket.addEventListener('error', () => reject(new Error('closed')));
    });
    opened.catch(() => undefined);
    socket.addEventListener('message', (event) => {
      // Frames come from main over the authenticated socket (the same trust as Electron IPC replies);
      // main validates everything that flows the other way.
      const message = JSON.parse(String(event.data)) as WebBridgeMessage;
      if (message.type === 'result') {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else {
        listeners.get(message.channel as EventChannel)?.forEach((listener) => listener(message.payload));
      }
    });
    socket.addEventListener('close', () => {
      pending.forEach((resolve) => resolve(HOST_LOST));
      pending.clear();
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 5000);
    });
  }
  connect();

  return {
    async invoke(channel, input) {
      try {
        await opened;
      } catch {
        return HOST_LOST;
      }
      // Between a close and the next connect, `opened` is still the old, settled promise; a frame sent
      // on a closed socket is dropped silently, so answer now rather than leave the caller waiting.
      if (socket.readyState !== WebSocket.OPEN) return HOST_LOST;
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ type: 'invoke', id, channel, input }));
      });
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
}

const secret = takeSecret();
if (secret) {
  Object.defineProperty(window, 'repConsole', { value: createRepConsoleApi(createWebSocketTransport(secret)), writable: false });
} else {
  document.addEventListener('DOMContentLoaded', () => {
    document.body.textContent = 'Open Rep Console with the full address printed by `npm run start:browser` (it includes a one-time secret).';
  });
}
