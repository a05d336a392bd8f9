/**
 * The web bridge's transport: bridge calls and events over one authenticated WebSocket to the web
 * host, reconnecting with backoff. Every call settles: a call made while the host is gone answers
 * HOST_LOST at once, and calls in flight when the socket drops answer HOST_LOST too. A page whose
 * credential another page took over, or whose first connection was refused, stops for good.
 */
import type { BridgeTransport } from '../shared/ipc/bridge';
import type { EventChannel } from '../shared/ipc/channels';
import type { Result } from '../shared/ipc/result';
import { WEB_BRIDGE_SUPERSEDED, type WebBridgeMessage } from '../shared/ipc/web-bridge-protocol-constants';

/** The part of a WebSocket the transport uses; the browser's and the `ws` package's both fit. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  addEventListener(type: 'close', listener: (event: { code: number }) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface WebSocketTransportOptions {
  readonly url: string;
  /** Asked at every (re)connect: the page swaps its launch secret for its own credential once it has one. */
  readonly protocols: () => readonly string[];
  readonly openSocket: (url: string, protocols: readonly string[]) => SocketLike;
  /** The host handed this page its credential (answering a launch secret). */
  readonly onCredential?: (credential: string) => void;
  /**
   * The transport stopped for good: `superseded` when another page took this page's credential over,
   * `refused` when the very first connection was refused (the page was served by the host a moment
   * ago, so the host is there: its launch link was used already, or the host restarted since).
   */
  readonly onEnded?: (reason: 'superseded' | 'refused') => void;
}

/** WebSocket.OPEN, by value: the same in browsers and in `ws`. */
const OPEN = 1;
const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5_000;

export const HOST_LOST: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Lost the connection to the Rep Console host. Is it still running?' },
};

export const SUPERSEDED: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Rep Console is open in another tab or window; this one is closed.' },
};

export const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'This launch link was used already. Open Rep Console with a new launch link.' },
};

/** Connects at once and keeps reconnecting until the page goes away. */
export function createWebSocketTransport(options: WebSocketTransportOptions): BridgeTransport {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: SocketLike;
  let opened: Promise<void>;
  let retryDelay = FIRST_RETRY_MS;
  let hasOpened = false;
  /** Set once the transport has stopped for good: every call answers it. */
  let ended: Result<never> | null = null;

  function connect(): void {
    socket = options.openSocket(options.url, options.protocols());
    let rejectOpened: (error: Error) => void = () => undefined;
    opened = new Promise((resolve, reject) => {
      rejectOpened = reject;
      socket.addEventListener('open', () => {
        hasOpened = true;
        retryDelay = FIRST_RETRY_MS;
        resolve();
      });
    });
    opened.catch(() => undefined);
    socket.addEventListener('message', (event) => {
      // Frames come from main over the authenticated socket (the same trust as Electron IPC replies);
      // main validates everything that flows the other way.
      const message = JSON.parse(String(event.data)) as WebBridgeMessage;
      if (message.type === 'result') {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else if (message.type === 'credential') {
        options.onCredential?.(message.credential);
      } else {
        listeners.get(message.channel as EventChannel)?.forEach((listener) => listener(message.payload));
      }
    });
    socket.addEventListener('close', ({ code }) => {
      const reason = code === WEB_BRIDGE_SUPERSEDED ? 'superseded' : hasOpened ? null : 'refused';
      if (reason) ended = reason === 'superseded' ? SUPERSEDED : REFUSED;
      // Settled here, not on 'error', so a call waiting for the socket learns why it ended.
      rejectOpened(new Error('closed'));
      pending.forEach((resolve) => resolve(ended ?? HOST_LOST));
      pending.clear();
      if (reason) return options.onEnded?.(reason);
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
    });
  }
  connect();

  return {
    async invoke(channel, input) {
      if (ended) return ended;
      try {
        await opened;
      } catch {
        return ended ?? HOST_LOST;
      }
      // Between a close and the next connect, `opened` is still the old, settled promise; a frame sent
      // on a closed socket is dropped silently, so answer now rather than leave the caller waiting.
      if (socket.readyState !== OPEN) return HOST_LOST;
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
