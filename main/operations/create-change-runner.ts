/**
 * The write path every rep action takes (ADR 7): record the action durably, send it with its one
 * Idempotency-Key, save the outcome, and put the member's new record in the cache, so reopening the
 * member never shows the state before the change. A failure to reach the backend leaves the action
 * pending: the same action sent again (or resumed after a restart) reuses the key and happens once.
 */
import { IDEMPOTENCY_KEY_LIFETIME_MS } from '../../shared/api/api-route';
import type { ChangeResult } from '../../shared/domain/participation-changes';
import { AppFailure } from '../../shared/ipc/result';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { shapeMemberView, type MemberViewMeta } from '../../shared/ipc/shape-member-view';
import type { ChangeOutcome, ChangeView, MemberProfileView } from '../../shared/ipc/views';
import type { BackendClient } from '../backend/create-backend-client';
import { BackendRefusal } from '../backend/backend-refusal';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';
import type { MemberCachePort } from '../members/create-member-service';
import type { SessionService } from '../session/create-session-service';
import type { Operation, OperationKind, OperationStore } from '../store/create-operation-store';

/**
 * Sends one kind of action to its route; the request was parsed by the IPC contract already. `token`
 * is the session the action belongs to: a retry must never go out under the next rep's sign-in.
 */
export type ChangeSender = (backend: BackendClient, memberId: string, request: unknown, idempotencyKey: string, token: string) => Promise<ChangeResult>;

export interface ChangeRunnerDeps {
  readonly backend: () => BackendClient;
  readonly session: SessionService;
  /** The durable store, or why it cannot be used (changes are refused, reads go on). */
  readonly store: () => OperationStore;
  readonly cache: MemberCachePort;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly senders: Readonly<Record<OperationKind, ChangeSender>>;
  /** Shapes the member view it returns and emits by what the caller may hear (ADR 10); default: the whole record. */
  readonly present?: (profile: MemberProfile, meta: MemberViewMeta) => MemberProfileView;
  /** Throws when this member's record may not be changed now (an unverified caller); resends are not asked. */
  readonly beforeRun?: (kind: OperationKind, memberId: string) => void;
  /** Told of every settled action, so the interaction in progress keeps it with its confirmation number. */
  readonly onSettled?: (kind: OperationKind, memberId: string, outcome: ChangeOutcome) => void;
  readonly now?: () => Date;
}

export interface ChangeRunner {
  run(kind: OperationKind, input: { actionId: string; memberId: string; request: unknown }): Promise<ChangeView>;
  /** Sends again, in order, this rep's actions whose outcome is unknown (after a restart or an outage). */
  resumePending(): Promise<void>;
  /** The rep closed a flow whose last attempt failed: that action is not sent again on its own. */
  abandon(actionId: string): void;
}

/** A key older than this is not sent again: the backend may have forgotten it (an hour's margin for clocks). */
const RESEND_LIMIT_MS = IDEMPOTENCY_KEY_LIFETIME_MS - 60 * 60 * 1000;

/** Failures that will not go away by sending again: the action is settled as refused with them. */
const PERMANENT_CODES = new Set(['INVALID_INPUT', 'FORBIDDEN', 'NOT_FOUND']);

function toOutcome(result: ChangeResult): ChangeOutcome {
  if (result.status === 'completed') return { status: 'completed', confirmationNumber: result.confirmationNumber };
  if (!result.approvalId) throw new AppFailure('BACKEND_CONTRACT', 'The payer backend said the change waits for approval but named no approval. Tell IT.');
  return { status: 'pending_approval', confirmationNumber: result.confirmationNumber, approvalId: result.approvalId };
}

const OUTCOME_UNKNOWN = new AppFailure(
  'OUTCOME_UNKNOWN',
  "This action was first sent more than a day ago and whether it went through is not known. Check the member's record before doing it again.",
);

/** Creates the runner. */
export function createChangeRunner(deps: ChangeRunnerDeps): ChangeRunner {
  const now = deps.now ?? (() => new Date());
  const inFlight = new Map<string, Promise<ChangeView>>();
  const present = deps.present ?? ((profile: MemberProfile, meta: MemberViewMeta) => shapeMemberView(profile, 'full', meta));

  function cachedView(repId: string, memberId: string): MemberProfileView | null {
    const cached = deps.cache.get(repId, memberId);
    return cached ? present(cached.profile, { source: 'cache', fetchedAt: cached.fetchedAt.toISOString(), isRefreshing: false }) : null;
  }

  function settle(repId: string, op: Operation, outcome: ChangeOutcome): void {
    deps.store().settle(repId, op.actionId, outcome);
    deps.logger.info({ kind: op.kind, status: outcome.status, ...(outcome.status === 'refused' ? { code: outcome.code } : {}) }, 'rep action settled');
    try {
      deps.onSettled?.(op.kind, op.intent.memberId, outcome);
    } catch (error) {
      deps.logger.warn({ err: error }, 'could not add a settled action to the interaction');
    }
  }

  async function send(repId: string, op: Operation, token: string): Promise<ChangeView> {
    const during = deps.session.current();
    const { memberId, request } = op.intent;
    let result: ChangeResult;
    try {
      result = await deps.senders[op.kind](deps.backend(), memberId, request, op.idempotencyKey, token);
    } catch (error) {
      if (!(error instanceof BackendRefusal)) {
        deps.session.handleFailure(error, during);
        throw error;
      }
      const outcome: ChangeOutcome = { status: 'refused', code: error.code, message: error.message };
      settle(repId, op, outcome);
      return { actionId: op.actionId, outcome, view: null };
    }
    const outcome = toOutcome(result);
    // Saved first: the outcome is what must never be lost; the cache is a convenience.
    settle(repId, op, outcome);
    const fetchedAt = now();
    const view = present(result.profile, { source: 'backend', fetchedAt: fetchedAt.toISOString(), isRefreshing: false });
    try {
      deps.cache.put(repId, result.profile, fetchedAt);
    } catch (error) {
      deps.logger.warn({ err: error }, 'could not cache the record after a change; it is fetched again next time');
    }
    deps.events.emit('members:profile-refreshed', view);
    return { actionId: op.actionId, outcome, view };
  }

  function sendOnce(repId: string, op: Operation): Promise<ChangeView> {
    const running = inFlight.get(op.actionId);
    if (running) return running;
    if (now().getTime() - op.createdAt > RESEND_LIMIT_MS) return Promise.reject(OUTCOME_UNKNOWN);
    const token = deps.session.token();
    if (!token) return Promise.reject(new AppFailure('NOT_SIGNED_IN', 'Your session has ended. Sign in again.'));
    const attempt = send(repId, op, token).finally(() => inFlight.delete(op.actionId));
    inFlight.set(op.actionId, attempt);
    return attempt;
  }

  return {
    async run(kind, { actionId, memberId, request }) {
      const repId = deps.session.requireRepId();
      deps.beforeRun?.(kind, memberId);
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
          const code = error instanceof AppFailure ? error.code : 'UNKNOWN';
          if (error instanceof AppFailure && PERMANENT_CODES.has(code)) {
            settle(repId, op, { status: 'refused', code, message: error.message });
            continue;
          }
          deps.logger.warn({ kind: op.kind, code }, 'a pending rep action was not sent again; it stays pending');
          // Unreachable or signed out: the rest would fail the same way. Too old: the next may not be.
          if (code !== 'OUTCOME_UNKNOWN') return;
        }
      }
    },
    abandon(actionId) {
      deps.store().abandon(deps.session.requireRepId(), actionId);
    },
  };
}
