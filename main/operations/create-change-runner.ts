/**
 * The write path every rep action takes (ADR 7): record the action durably, send it with its one
 * Idempotency-Key, save the outcome, and put the member's new record in the cache, so reopening the
 * member never shows the state before the change. A failure to reach the backend leaves the action
 * pending: the same action sent again (or resumed after a restart) reuses the key and happens once.
 */
import type { ChangeResult } from '../../shared/domain/participation-changes';
import type { ChangeOutcome, ChangeView, MemberProfileView } from '../../shared/ipc/views';
import type { BackendClient } from '../backend/create-backend-client';
import { BackendRefusal } from '../backend/backend-refusal';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';
import type { MemberCachePort } from '../members/create-member-service';
import type { SessionService } from '../session/create-session-service';
import type { Operation, OperationKind, OperationStore } from '../store/create-operation-store';

/** Sends one kind of action to its route; the request was parsed by the IPC contract already. */
export type ChangeSender = (backend: BackendClient, memberId: string, request: unknown, idempotencyKey: string) => Promise<ChangeResult>;

export interface ChangeRunnerDeps {
  readonly backend: () => BackendClient;
  readonly session: SessionService;
  /** The durable store, or why it cannot be used (changes are refused, reads go on). */
  readonly store: () => OperationStore;
  readonly cache: MemberCachePort;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly senders: Readonly<Record<OperationKind, ChangeSender>>;
  readonly now?: () => Date;
}

export interface ChangeRunner {
  run(kind: OperationKind, input: { actionId: string; memberId: string; request: unknown }): Promise<ChangeView>;
  /** Sends again, in order, this rep's actions whose outcome is unknown (after a restart or an outage). */
  resumePending(): Promise<void>;
}

function toOutcome(result: ChangeResult): ChangeOutcome {
  return result.status === 'pending_approval' && result.approvalId
    ? { status: 'pending_approval', confirmationNumber: result.confirmationNumber, approvalId: result.approvalId }
    : { status: 'completed', confirmationNumber: result.confirmationNumber };
}

/** Creates the runner. */
export function createChangeRunner(deps: ChangeRunnerDeps): ChangeRunner {
  const now = deps.now ?? (() => new Date());
  const inFlight = new Map<string, Promise<ChangeView>>();

  function cachedView(repId: string, memberId: string): MemberProfileView | null {
    const cached = deps.cache.get(repId, memberId);
    return cached ? { profile: cached.profile, source: 'cache', fetchedAt: cached.fetchedAt.toISOString(), isRefreshing: false } : null;
  }

  async function send(repId: string, op: Operation): Promise<ChangeView> {
    const during = deps.session.current();
    const { memberId, request } = op.intent;
    try {
      const result = await deps.senders[op.kind](deps.backend(), memberId, request, op.idempotencyKey);
      const fetchedAt = now();
      deps.cache.put(repId, result.profile, fetchedAt);
      const view: MemberProfileView = { profile: result.profile, source: 'backend', fetchedAt: fetchedAt.toISOString(), isRefreshing: false };
      const outcome = toOutcome(result);
      deps.store().settle(repId, op.actionId, outcome);
      deps.logger.info({ kind: op.kind, status: outcome.status }, 'rep action settled');
      deps.events.emit('members:profile-refreshed', view);
      return { actionId: op.actionId, outcome, view };
    } catch (error) {
      if (!(error instanceof BackendRefusal)) {
        deps.session.handleFailure(error, during);
        throw error;
      }
      const outcome: ChangeOutcome = { status: 'refused', code: error.code, message: error.message };
      deps.store().settle(repId, op.actionId, outcome);
      deps.logger.info({ kind: op.kind, status: 'refused', code: error.code }, 'rep action settled');
      return { actionId: op.actionId, outcome, view: null };
    }
  }

  function sendOnce(repId: string, op: Operation): Promise<ChangeView> {
    const running = inFlight.get(op.actionId);
    if (running) return running;
    const attempt = send(repId, op).finally(() => inFlight.delete(op.actionId));
    inFlight.set(op.actionId, attempt);
    return attempt;
  }

  return {
    async run(kind, { actionId, memberId, request }) {
      const repId = deps.session.requireRepId();
      const op = deps.store().begin(repId, actionId, kind, { memberId, request });
      if (op.outcome) return { actionId, outcome: op.outcome, view: op.outcome.status === 'refused' ? null : cachedView(repId, memberId) };
      return sendOnce(repId, op);
    },
    async resumePending() {
      const repId = deps.session.requireRepId();
      for (const op of deps.store().listPending(repId)) {
        try {
          await sendOnce(repId, op);
        } catch (error) {
          deps.logger.warn({ kind: op.kind, code: (error as { code?: string }).code ?? 'UNKNOWN' }, 'a pending rep action could not be sent yet; it stays pending');
          return;
        }
      }
    },
  };
}
