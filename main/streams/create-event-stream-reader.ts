/**
 * One reconnecting reader for the backend's server-sent event streams (the agent event stream, the
 * floor board's): opened with the session's token, every message handed on in stream order, and
 * reopened after a drop or a backend restart with a capped, jittered backoff and `Last-Event-ID`, so
 * nothing is lost or doubled; a refused session (401/403) turns it off until the next start().
 *
 * HTTP here is Node's fetch, not the axios backend client (main/backend/): that client is built for
 * request/answer calls — a timeout over the whole answer, retries, one JSON body checked against the
 * route — while this is one GET whose body never ends. Callers take the path from the route contract.
 */
import type { Logger } from '../logging/create-logger';
import { createEventStreamParser, type StreamMessage } from './parse-event-stream';
import { createWarningLimit, type WarningLimit } from './create-warning-limit';

/** Whether the stream is open. */
export type StreamReaderState = 'off' | 'connecting' | 'connected';

/** A stream reader, off until start(). */
export interface EventStreamReader {
  /** Opens the stream with the token (again with another token); reconnects by itself until stop(). */
  start(sessionToken: string): void;
  stop(): void;
  state(): StreamReaderState;
}

export interface EventStreamReaderOptions {
  /** The stream's full URL. */
  readonly url: string;
  /** How logs name the stream ("CTI feed", "floor feed"). */
  readonly name: string;
  readonly logger: Logger;
  /** Each dispatched message, in stream order; a throw is logged, the stream goes on. */
  readonly onMessage: (message: StreamMessage) => void;
  /** Told once per opened connection, before its first message (a fresh start: the caller may reset). */
  readonly onConnected?: () => void;
  readonly onState?: (state: StreamReaderState) => void;
  /** The backend refused the session (401/403): the reader is off until the next start(). */
  readonly onRefused?: () => void;
  /**
   * Asked before each (re)connection: a session whose token was refreshed meanwhile reconnects with the
   * new one (a stream ends when its token expires); null means the session is over. Default: the token
   * start() was given.
   */
  readonly currentToken?: () => string | null;
  /** The backend has no such stream (404): said once a minute at most, retried at the longest delay. */
  readonly missingMessage: string;
  /** Shared with the caller's own warnings, so one budget covers the stream (default ten a minute). */
  readonly warn?: WarningLimit;
  /** Longest line or event accepted (default 64 KiB). */
  readonly maxMessageLength?: number;
  /** Reconnect delays: the first, doubling up to the cap (defaults 1 s and 30 s), each jittered to 50–100 %. */
  readonly backoff?: { readonly initialMs?: number; readonly maxMs?: number };
  /** No byte for this long (default 45 s: three missed heartbeats) counts as a drop. */
  readonly idleTimeoutMs?: number;
  /** Seams for tests: how a reconnect waits, the jitter's randomness, the clock. */
  readonly wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
}

type Ending = 'dropped' | 'refused' | 'missing' | 'stopped';

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

/** Creates a reader, off until start(). */
export function createEventStreamReader(options: EventStreamReaderOptions): EventStreamReader {
  const { logger, name } = options;
  const initialMs = options.backoff?.initialMs ?? 1_000;
  const maxMs = options.backoff?.maxMs ?? 30_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const wait = options.wait ?? sleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const warn = options.warn ?? createWarningLimit(logger, now);
  let current: { token: string; stop: AbortController } | null = null;
  let state: StreamReaderState = 'off';
  const setState = (next: StreamReaderState) => {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  };

  const deliver = (message: StreamMessage) => {
    try {
      options.onMessage(message);
    } catch (error) {
      logger.error({ err: error, event: message.event }, `the ${name} failed on an event`);
    }
  };

  async function connectOnce(startedWith: string, stopSignal: AbortSignal, lastEventId: { value: string | null }, report: (s: StreamReaderState) => void): Promise<Ending> {
    const token = options.currentToken ? options.currentToken() : startedWith;
    if (token === null) return 'refused';
    const connection = new AbortController();
    const abort = () => connection.abort();
    stopSignal.addEventListener('abort', abort, { once: true });
    let idle: ReturnType<typeof setTimeout> | undefined;
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(abort, idleTimeoutMs);
    };
    try {
      touch();
      const response = await fetch(options.url, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', ...(lastEventId.value ? { 'last-event-id': lastEventId.value } : {}) },
        signal: connection.signal,
      });
      if (stopSignal.aborted) return 'stopped';
      if (response.status === 401 || response.status === 403) return 'refused';
      if (response.status === 404) return 'missing';
      if (!response.ok || !response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
        logger.warn({ status: response.status }, `the backend answered the ${name} with something other than an event stream; retrying later`);
        return 'dropped';
      }
      options.onConnected?.();
      report('connected');
      const parser = createEventStreamParser({
        onMessage: (message) => {
          if (message.id !== null) lastEventId.value = message.id;
          if (!stopSignal.aborted) deliver(message);
        },
        onProblem: (reason) => warn(`${name}: ${reason}`, {}),
      }, options.maxMessageLength);
      const decoder = new TextDecoder();
      for await (const chunk of response.body) {
        touch();
        parser.push(decoder.decode(chunk, { stream: true }));
      }
      return 'dropped';
    } catch {
      return stopSignal.aborted ? 'stopped' : 'dropped';
    } finally {
      clearTimeout(idle);
      stopSignal.removeEventListener('abort', abort);
      connection.abort();
    }
  }

  async function run(token: string, stop: AbortController): Promise<void> {
    const lastEventId = { value: null as string | null };
    // A stopped run (sign-out, or a new start) never reports again: the next one owns the state.
    const report = (next: StreamReaderState) => {
      if (!stop.signal.aborted) setState(next);
    };
    for (let attempt = 0; !stop.signal.aborted;) {
      report('connecting');
      const openedAt = now();
      const ending = await connectOnce(token, stop.signal, lastEventId, report);
      if (stop.signal.aborted || ending === 'stopped') break;
      if (ending === 'refused') {
        logger.warn(`the backend refused the session for the ${name}; it stays off until the next sign-in`);
        report('off');
        stop.abort();
        options.onRefused?.();
        return;
      }
      if (ending === 'missing') warn(options.missingMessage, {});
      // A connection that stayed up a while was healthy: start the backoff over.
      if (now() - openedAt >= maxMs) attempt = 0;
      const capped = ending === 'missing' ? maxMs : Math.min(maxMs, initialMs * 2 ** attempt);
      attempt = Math.min(attempt + 1, 30);
      report('connecting');
      await wait(Math.round(capped * (0.5 + random() / 2)), stop.signal);
    }
  }

  return {
    start(sessionToken) {
      if (current?.token === sessionToken && !current.stop.signal.aborted) return;
      current?.stop.abort();
      const stop = new AbortController();
      current = { token: sessionToken, stop };
      void run(sessionToken, stop).catch((error: unknown) => logger.error({ err: error }, `the ${name} stopped unexpectedly`));
    },
    stop() {
      current?.stop.abort();
      current = null;
      setState('off');
    },
    state: () => state,
  };
}
