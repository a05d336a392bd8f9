/**
 * The backend's CTI feed: the agent event stream (streamAgentEvents, server-sent events) opened with
 * the rep's session after sign-in, every event checked against CallEventSchema and handed to the call
 * model (a team lead's decision on the rep's request is passed on as approvals:decided). The reconnecting reader (main/streams/) reopens it after a drop or a backend restart with a
 * capped, jittered backoff and `Last-Event-ID`, so nothing is lost or doubled; closed at sign-out.
 */
import { callRoutes } from '../../../shared/api/call-routes';
import { ApprovalDecidedEventSchema, type ApprovalDecidedEvent } from '../../../shared/api/approval-routes';
import { CallEventSchema, type CallEvent } from '../../../shared/calls/call-events';
import type { Logger } from '../../logging/create-logger';
import { createEventStreamReader } from '../../streams/create-event-stream-reader';
import type { StreamMessage } from '../../streams/parse-event-stream';
import { createWarningLimit } from '../../streams/create-warning-limit';

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
  /** A team lead decided a request this rep made (the stream's `approval_decided` messages). */
  readonly onApprovalDecided?: (event: ApprovalDecidedEvent) => void;
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

/** JSON.parse that answers undefined for text that is not JSON (the schema then refuses it). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Creates a feed, off until start(). */
export function createCtiFeed(options: CtiFeedOptions): CtiFeed {
  const { logger } = options;
  const warn = createWarningLimit(logger, options.now ?? Date.now);

  function handleDecision(message: StreamMessage): void {
    const parsed = ApprovalDecidedEventSchema.safeParse(parseJson(message.data));
    if (!parsed.success) return warn('skipped an approval decision on the agent event stream that does not match its schema', { eventId: message.id });
    options.onApprovalDecided?.(parsed.data);
  }

  function handle(message: StreamMessage): void {
    if (message.event === 'approval_decided') return handleDecision(message);
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

  return createEventStreamReader({
    url: `${options.baseUrl.replace(/\/+$/, '')}${callRoutes.streamAgentEvents.path}`,
    name: 'CTI feed',
    logger,
    warn,
    onMessage: handle,
    missingMessage: 'the backend has no agent event stream (404); calls come only through the softphone link and launch hooks',
    onState: options.onState,
    onRefused: options.onRefused,
    backoff: options.backoff,
    idleTimeoutMs: options.idleTimeoutMs,
    wait: options.wait,
    random: options.random,
    now: options.now,
  });
}
