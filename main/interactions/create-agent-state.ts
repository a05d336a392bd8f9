/**
 * The rep's own state for the floor board: on a call and wrap-up follow the interaction, available or
 * away (with a reason) are the rep's choice, offline is signed out. Each change is pushed to the screen,
 * sent to the softphone (`set_agent_state`) and reported to the backend, best effort: only the latest
 * state matters, so a newer one replaces a report still waiting to be retried.
 */
import type { AgentState, CallCommand } from '../../shared/calls/call-events';
import type { AgentView } from '../../shared/calls/call-views';
import type { AgentChoice } from '../../shared/calls/interaction-requests';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';

export interface AgentStateService {
  current(): AgentView;
  /**
   * What the call says: on a call, in wrap-up, or nothing. When a call is done the rep is available
   * again, unless they chose a state during it (away for lunch after this call): that applies then.
   */
  followCall(callState: 'on_call' | 'wrap_up' | null): void;
  choose(choice: AgentChoice): AgentView;
  /** Signed in (`token`) or out (null: offline, reported with `lastToken` before it is revoked). */
  setSignedIn(token: string | null, lastToken?: string | null): Promise<void>;
  stop(): void;
}

export interface AgentStateDeps {
  readonly backend: () => BackendClient;
  readonly events: EventBus;
  readonly logger: Logger;
  /** The paired softphone, when calls-core provides it; false when none is connected. */
  readonly sendToSoftphone?: (command: CallCommand) => boolean;
  /** Told after every change (the call bar's state carries the agent too). */
  readonly onChanged?: () => void;
  readonly now?: () => Date;
  /** First retry delay of a failed report; doubles up to five tries. */
  readonly retryBaseMs?: number;
}

const REPORT_TIMEOUT_MS = 3_000;
const MAX_TRIES = 5;

/** Creates the service, offline until a rep signs in. */
export function createAgentState(deps: AgentStateDeps): AgentStateService {
  const now = deps.now ?? (() => new Date());
  const retryBaseMs = deps.retryBaseMs ?? 1_000;
  let token: string | null = null;
  let choice: AgentChoice = { state: 'available' };
  let callState: 'on_call' | 'wrap_up' | null = null;
  let isChosenForAfterCall = false;
  let view: AgentView = { state: 'offline', awayReason: null, since: now().toISOString() };
  let queued: { view: AgentView; token: string; tries: number } | null = null;
  let sending: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  async function pump(): Promise<void> {
    while (queued) {
      const job = queued;
      queued = null;
      try {
        await deps.backend().call('setAgentState', { body: { state: job.view.state, awayReason: job.view.awayReason, since: job.view.since }, token: job.token, timeoutMs: REPORT_TIMEOUT_MS, maxRetries: 0 });
      } catch (error) {
        const code = error instanceof AppFailure ? error.code : 'UNKNOWN';
        deps.logger.warn({ code, state: job.view.state, tries: job.tries + 1 }, 'could not report the agent state to the backend');
        const isWorthRetrying = code === 'BACKEND_UNREACHABLE' || code === 'BACKEND_TIMEOUT' || code === 'BACKEND_ERROR' || code === 'RATE_LIMITED';
        if (isWorthRetrying && job.tries + 1 < MAX_TRIES && !queued) {
          retryTimer = setTimeout(() => {
            retryTimer = null;
            // A newer state went out meanwhile: this one is stale.
            if (view.since === job.view.since && view.state === job.view.state && !queued) send({ ...job, tries: job.tries + 1 });
          }, retryBaseMs * 2 ** job.tries);
          retryTimer.unref?.();
        }
      }
    }
  }

  function send(job: { view: AgentView; token: string; tries: number }): Promise<void> {
    queued = job;
    sending ??= pump().finally(() => (sending = null));
    return sending;
  }

  function update(reportWith: string | null): Promise<void> {
    const state: AgentState = token === null ? 'offline' : (callState ?? choice.state);
    const awayReason = state === 'away' && choice.state === 'away' ? (choice.awayReason ?? null) : null;
    if (state === view.state && awayReason === view.awayReason) return Promise.resolve();
    view = { state, awayReason, since: now().toISOString() };
    deps.events.emit('agent:changed', view);
    deps.onChanged?.();
    const isSent = deps.sendToSoftphone?.({ type: 'set_agent_state', state, ...(awayReason ? { awayReason } : {}) }) ?? false;
    if (!isSent) deps.logger.debug({ state }, 'agent state not sent to a softphone: none connected');
    if (retryTimer) clearTimeout(retryTimer);
    return reportWith ? send({ view, token: reportWith, tries: 0 }) : Promise.resolve();
  }

  return {
    current: () => view,
    followCall(next) {
      if (callState !== null && next === null) {
        if (!isChosenForAfterCall) choice = { state: 'available' };
        isChosenForAfterCall = false;
      }
      callState = next;
      void update(token);
    },
    choose(next) {
      if (token === null) throw new AppFailure('NOT_SIGNED_IN', 'Sign in to Rep Console first.');
      choice = next;
      isChosenForAfterCall = callState !== null;
      void update(token);
      return view;
    },
    async setSignedIn(next, lastToken = null) {
      if (next !== null && token === null) choice = { state: 'available' };
      token = next;
      await update(next ?? lastToken);
    },
    stop() {
      if (retryTimer) clearTimeout(retryTimer);
    },
  };
}
