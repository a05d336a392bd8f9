/**
 * Sends finished interactions to the backend, oldest first, each with the idempotency key it was given
 * when it entered the outbox: a retry after a lost answer or a restart is the same request, so the
 * backend stores it once. While the backend cannot be reached the records wait (sealed, on disk) and
 * the outbox tries again with backoff, at sign-in and when the connection comes back.
 */
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import { BackendRefusal } from '../backend/backend-refusal';
import type { Logger } from '../logging/create-logger';
import type { SessionService } from '../session/create-session-service';
import type { InteractionStore } from '../store/create-interaction-store';

export interface InteractionOutbox {
  /** Sends what waits for the signed-in rep; resolves when the queue is empty or sending stopped. */
  drain(): Promise<void>;
  stop(): void;
}

export interface InteractionOutboxDeps {
  readonly store: () => InteractionStore;
  readonly backend: () => BackendClient;
  readonly session: SessionService;
  readonly logger: Logger;
  /** First retry delay; doubles to `maxRetryMs`. */
  readonly retryBaseMs?: number;
  readonly maxRetryMs?: number;
}

/** Failures that sending again cannot fix: the record is set aside for IT, and the next one goes. */
const PERMANENT = new Set(['INVALID_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'BACKEND_CONTRACT']);

/** Creates the outbox; nothing is sent until `drain` is called. */
export function createInteractionOutbox(deps: InteractionOutboxDeps): InteractionOutbox {
  const baseMs = deps.retryBaseMs ?? 1_000;
  const maxMs = deps.maxRetryMs ?? 60_000;
  let running: Promise<void> | null = null;
  let isAgainWanted = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isStopped = false;

  function retryLater(): void {
    if (timer || isStopped) return;
    const delay = Math.min(maxMs, baseMs * 2 ** failures);
    failures += 1;
    timer = setTimeout(() => {
      timer = null;
      void outbox.drain();
    }, delay);
    timer.unref?.();
  }

  /** One pass over the queue; false when it stopped on a failure that may pass. */
  async function sendAll(): Promise<boolean> {
    const repId = deps.session.current()?.user.id;
    const token = deps.session.token();
    const during = deps.session.current();
    if (!repId || !token) return true; // sent at the next sign-in
    for (const item of deps.store().listPending(repId)) {
      try {
        const answer = await deps.backend().call('saveInteraction', { body: item.record, idempotencyKey: item.idempotencyKey, token });
        deps.store().markSent(repId, item.interactionId, answer.confirmationNumber);
        deps.logger.info({ interactionId: item.interactionId, attempts: item.attempts + 1 }, 'interaction record saved at the backend');
      } catch (error) {
        const code = error instanceof BackendRefusal || error instanceof AppFailure ? error.code : 'UNKNOWN';
        deps.session.handleFailure(error, during);
        // A business refusal (a disposition the client does not have) is the backend's final word too.
        if (error instanceof BackendRefusal || PERMANENT.has(code)) {
          deps.store().markRejected(repId, item.interactionId, code);
          deps.logger.error({ interactionId: item.interactionId, code }, 'the backend refused an interaction record for good; it is kept in the durable store for IT');
          continue;
        }
        deps.store().noteFailedAttempt(repId, item.interactionId, code);
        deps.logger.warn({ interactionId: item.interactionId, code }, 'interaction record not sent; it waits in the outbox');
        // Order matters (contact history reads as it happened): nothing later goes before this one.
        return code === 'NOT_SIGNED_IN';
      }
    }
    return true;
  }

  const outbox: InteractionOutbox = {
    drain() {
      if (running) {
        isAgainWanted = true;
        return running;
      }
      running = (async () => {
        do {
          isAgainWanted = false;
          let isDone: boolean;
          try {
            isDone = await sendAll();
          } catch (error) {
            // The store itself failed (STORE_UNAVAILABLE): nothing to send from; the rep was told at start.
            deps.logger.error({ code: error instanceof AppFailure ? error.code : 'UNKNOWN' }, 'the outbox could not read the durable store');
            isDone = true;
          }
          if (isDone) failures = 0;
          else retryLater();
        } while (isAgainWanted);
      })().finally(() => (running = null));
      return running;
    },
    stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
  return outbox;
}
