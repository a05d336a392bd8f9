/**
 * The backend's CTI feed: the agent event stream (streamAgentEvents, server-sent events) opened with
 * the rep's session after sign-in, every event checked against CallEventSchema and handed to the call
 * model; reconnecting after a drop or a backend restart with a capped, jittered backoff and
 * `Last-Event-ID`, so nothing is lost or doubled; closed at sign-out.
 *
 * HTTP here is Node's fetch, not the axios backend client (main/backend/): that client is built for
 * request/answer calls — a timeout over the whole answer, retries, one JSON body checked against the
 * route — while this is one GET whose body never ends. The path still comes from the route contract.
 */
import { callRoutes } from '../../../shared/api/call-routes';
import { CallEventSchema, type CallEvent } from '../../../shared/calls/call-events';
import type { Logger } from '../../logging/create-logger';
import { createEventStreamParser, type StreamMessage } from './parse-event-stream';
import { createWarningLimit } from './create-warning-limit';

/** What the console shows as LinkView.ctiFeed. */
export type CtiFeedState = 'off' | 'connecting' | 'connected';

/** The feed as the calls area drives it (CtiFeedPort in main/softphone/compose-calls.ts). */
export interface CtiFeed {
  /** Opens the stream for the signed-in rep (again with another token); reconnects by itself until stop(). */
  start(sessionToken: string): void;
  stop(): void;
  state(): CtiFeedState;
}

export interface CtiFeedOptions {
  /** The payer backend's base URL (policy backend.url). */
  readonly baseUrl: string;
  readonly logger: Logger;
  /** Each valid call event, in stream order. */
  readonly onEvent: (event: CallEvent) => void;
  readonly onState?: (state: CtiFeedState) => void;
  /** The backend refused the session (401/403): the feed is off until the next start(). */
  readonly onRefused?: () => void;
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

/** Creates a feed, off until start(). */
export function createCtiFeed(options: CtiFeedOptions): CtiFeed {
  const { logger } = options;
  const url = `${options.baseUrl.replace(/\/+$/, '')}${callRoutes.streamAgentEvents.path}`;
  const initialMs = options.backoff?.initialMs ?? 1_000;
  const maxMs = options.backoff?.maxMs ?? 30_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const wait = options.wait ?? sleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const warn = createWarningLimit(logger, now);
  let current: { token: string; stop: AbortController } | null = null;
  let state: CtiFeedState = 'off';
  const setState = (next: CtiFeedState) => {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  };

  function handle(message: StreamMessage): void {
    if (message.event !== 'call') return; // a newer backend may send more kinds; they are not ours to act on
    let parsed: ReturnType<typeof CallEventSchema.safeParse>;
    try {
      parsed = CallEventSchema.safeParse(JSON.parse(message.data));
    } catch {
      return warn('skipped a CTI feed event that is not JSON', { eventId: message.id });
    }
    if (!parsed.success) return warn('skipped a CTI feed event that does not match the call event schema', { eventId: message.id, path: parsed.error.issues[0]?.path.join('.') });
    try {
      options.onEvent(parsed.data);
    } catch (error) {
      logger.error({ err: error, type: parsed.data.type }, 'the call model failed on a CTI feed event');
    }
  }

  async function connectOnce(token: string, stopSignal: AbortSignal, lastEventId: { value: string | null }, report: (s: CtiFeedState) => void): Promise<Ending> {
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
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', ...(lastEventId.value ? { 'last-event-id': lastEventId.value } : {}) },
        signal: connection.signal,
      });
      if (stopSignal.aborted) return 'stopped';
      if (response.status === 401 || response.status === 403) return 'refused';
      if (response.status === 404) return 'missing';
      if (!response.ok || !response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
        logger.warn({ status: response.status }, 'the backend answered the CTI feed with something other than an event stream; retrying later');
        return 'dropped';
      }
      report('connected');
      const parser = createEventStreamParser({
        onMessage: (message) => {
          if (message.id !== null) lastEventId.value = message.id;
          handle(message);
        },
        onProblem: (reason) => warn(`CTI feed: ${reason}`, {}),
      });
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
    const report = (next: CtiFeedState) => {
      if (!stop.signal.aborted) setState(next);
    };
    for (let attempt = 0; !stop.signal.aborted;) {
      report('connecting');
      const openedAt = now();
      const ending = await connectOnce(token, stop.signal, lastEventId, report);
      if (stop.signal.aborted || ending === 'stopped') break;
      if (ending === 'refused') {
        logger.warn('the backend refused the session for the CTI feed; it stays off until the next sign-in');
        report('off');
        stop.abort();
        options.onRefused?.();
        return;
      }
      if (ending === 'missing') warn('the backend has no agent event stream (404); calls come only through the softphone link and launch hooks', {});
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
      void run(sessionToken, stop).catch((error: unknown) => logger.error({ err: error }, 'the CTI feed stopped unexpectedly'));
    },
    stop() {
      current?.stop.abort();
      current = null;
      setState('off');
    },
    state: () => state,
  };
}
