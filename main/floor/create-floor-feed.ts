/**
 * The team lead's floor board in main: for a signed-in team lead only, the backend's floor event stream
 * (streamFloorEvents) read with the reconnecting stream reader, every event checked against the shared
 * schema and applied to the board main keeps; the renderer gets the board on floor:get and as
 * floor:changed, at most ten times a second however busy the floor (the last change always goes out).
 * It opens when a lead opens the board and closes when they leave it (floor:close) or sign out.
 */
import { floorRoutes } from '../../shared/api/floor-routes';
import type { Session } from '../../shared/domain/session';
import { applyFloorEvent } from '../../shared/floor/apply-floor-event';
import type { FloorSnapshot } from '../../shared/floor/floor-board';
import { FLOOR_STREAM_EVENT, FloorEventSchema } from '../../shared/floor/floor-events';
import type { FloorView } from '../../shared/floor/floor-view';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';
import { createEventStreamReader, type EventStreamReaderOptions } from '../streams/create-event-stream-reader';
import type { StreamMessage } from '../streams/parse-event-stream';
import { createWarningLimit } from '../streams/create-warning-limit';

/** The board for the renderer. */
export interface FloorFeed {
  /** The board now; opens the stream for the signed-in lead when it is not open (NOT_SIGNED_IN, FORBIDDEN). */
  get(): Promise<FloorView>;
  /** The board closed, the lead signed out or the session ended: the stream closes and the board is forgotten. */
  stop(): void;
}

export interface FloorFeedDeps {
  readonly baseUrl: string;
  readonly logger: Logger;
  readonly events: EventBus;
  readonly session: { current(): Session | null; token(): string | null };
  readonly backend: () => BackendClient;
  /** Least time between two floor:changed events (default 100 ms: ten a second). */
  readonly minIntervalMs?: number;
  /** Reconnect timing and clock seams, passed to the stream reader (tests). */
  readonly stream?: Pick<EventStreamReaderOptions, 'backoff' | 'idleTimeoutMs' | 'wait' | 'random' | 'now'>;
}

/** A floor snapshot of 2,000 reps is a few hundred KiB; call events stay under the default 64 KiB. */
const MAX_FLOOR_MESSAGE = 4 * 1024 * 1024;

/** Creates the feed, closed until a lead asks for the board. */
export function createFloorFeed(deps: FloorFeedDeps): FloorFeed {
  const { logger } = deps;
  const minIntervalMs = deps.minIntervalMs ?? 100;
  const now = deps.stream?.now ?? Date.now;
  const warn = createWarningLimit(logger, now);
  let board: FloorSnapshot | null = null;
  let userId: string | null = null;
  /** Counts stops: an answer to a get() from before the last stop is not kept. */
  let generation = 0;
  let lastEmitAt = -Infinity;
  let emitTimer: ReturnType<typeof setTimeout> | null = null;

  const view = (): FloorView => ({ feed: reader.state(), board });
  const emit = () => {
    emitTimer = null;
    lastEmitAt = now();
    deps.events.emit('floor:changed', view());
  };
  /** The first change after a quiet spell goes out at once; a burst is coalesced into one per interval. */
  const changed = () => {
    if (emitTimer !== null) return;
    const wait = lastEmitAt + minIntervalMs - now();
    if (wait <= 0) emit();
    else emitTimer = setTimeout(emit, wait);
  };

  function handle(message: StreamMessage): void {
    if (message.event !== FLOOR_STREAM_EVENT) return;
    let parsed: ReturnType<typeof FloorEventSchema.safeParse>;
    try {
      parsed = FloorEventSchema.safeParse(JSON.parse(message.data));
    } catch {
      return warn('skipped a floor feed event that is not JSON', { eventId: message.id });
    }
    if (!parsed.success) return warn('skipped a floor feed event that does not match the floor event schema', { eventId: message.id, path: parsed.error.issues[0]?.path.join('.') });
    board = applyFloorEvent(board, parsed.data);
    changed();
  }

  const reader = createEventStreamReader({
    url: `${deps.baseUrl.replace(/\/+$/, '')}${floorRoutes.streamFloorEvents.path}`,
    name: 'floor feed',
    logger,
    warn,
    onMessage: handle,
    onState: changed,
    missingMessage: 'the backend has no floor event stream (404); the floor board shows what getFloor answered and is not live',
    maxMessageLength: MAX_FLOOR_MESSAGE,
    // A refreshed access token (single sign-on) is used for the next connection; the old one's stream ends at its expiry.
    currentToken: () => deps.session.token(),
    ...deps.stream,
  });

  function stop(): void {
    generation += 1;
    reader.stop();
    board = null;
    userId = null;
    if (emitTimer !== null) clearTimeout(emitTimer);
    emitTimer = null;
  }

  return {
    async get() {
      const session = deps.session.current();
      const token = deps.session.token();
      if (!session || !token) throw new AppFailure('NOT_SIGNED_IN', 'Your session has ended. Sign in again.');
      if (session.user.role !== 'team_lead') throw new AppFailure('FORBIDDEN', 'The floor board is for team leads: you are signed in as a rep.');
      if (userId !== session.user.id) stop();
      userId = session.user.id;
      // The same token is a no-op; a refreshed one reopens the stream with it.
      reader.start(token);
      if (!board) {
        const asked = generation;
        const answered = await deps.backend().call('getFloor');
        // The stream's own snapshot may have come first (it is as new or newer); a stop meanwhile drops the answer.
        if (!board && generation === asked) board = answered;
      }
      return view();
    },
    stop,
  };
}
