/**
 * Composes the interaction area for the console services: the interaction service (which the call
 * model tells about calls, and which shapes every member view), the rep's state, the outbox, and their
 * handlers, with the session hooks they need (sign-in restores and drains, sign-out reports offline).
 */
import type { CallCommand } from '../../shared/calls/call-events';
import type { MemberProfile } from '../../shared/domain/member-profile';
import type { AuditReporter } from '../audit/create-audit-reporter';
import { describeVerification } from '../audit/describe-verification';
import type { BackendClient } from '../backend/create-backend-client';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';
import type { MemberCachePort } from '../members/create-member-service';
import type { SessionService } from '../session/create-session-service';
import type { InteractionStore } from '../store/create-interaction-store';
import { createAgentState, type AgentStateService } from './create-agent-state';
import { createClientRulesSource } from './create-client-rules-source';
import { createInteractionHandlers } from './create-interaction-handlers';
import { createInteractionOutbox, type InteractionOutbox } from './create-interaction-outbox';
import { createInteractionService, type InteractionService } from './create-interaction-service';

export interface InteractionAreaDeps {
  readonly backend: () => BackendClient;
  readonly session: SessionService;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly store: () => InteractionStore;
  readonly cache: MemberCachePort;
  /** Policy `interactions.disclosureWithoutCall`. */
  readonly withoutCall: 'full' | 'name_only';
  /** The paired softphone (calls-core's CallService.sendToSoftphone), once it exists. */
  readonly sendToSoftphone?: (command: CallCommand) => boolean;
  /** The call bar's state carries the agent's: told after each change. */
  readonly onAgentChanged?: () => void;
  /** The backend's audit trail: told when a caller is verified and when a whole MBI is revealed (best-effort). */
  readonly audit?: AuditReporter;
  /** Outbox retry timing (tests make it quick). */
  readonly outboxRetryMs?: { readonly base: number; readonly max: number };
}

export interface InteractionArea {
  readonly service: InteractionService;
  readonly agent: AgentStateService;
  readonly outbox: InteractionOutbox;
  readonly handlers: ReturnType<typeof createInteractionHandlers>;
  /**
   * A rep signed in: their interaction in progress comes back and the outbox drains; resolves once the
   * backend heard their state (or gave up, within a few seconds), so the floor board is right at once.
   */
  signedIn(): Promise<void>;
  /** Before the token is revoked (sign-out, closing): offline is reported with it. */
  signingOut(): Promise<void>;
  close(): void;
}

/** Builds the area; the event bus tells it when the session ends and when the backend is back. */
export function createInteractionArea(deps: InteractionAreaDeps): InteractionArea {
  const { session, logger } = deps;
  const rules = createClientRulesSource({ backend: deps.backend, session });
  const agent = createAgentState({
    backend: deps.backend,
    events: deps.events,
    logger,
    ...(deps.sendToSoftphone ? { sendToSoftphone: deps.sendToSoftphone } : {}),
    ...(deps.onAgentChanged ? { onChanged: deps.onAgentChanged } : {}),
  });
  const outbox = createInteractionOutbox({
    store: deps.store,
    backend: deps.backend,
    session,
    logger,
    ...(deps.outboxRetryMs ? { retryBaseMs: deps.outboxRetryMs.base, maxRetryMs: deps.outboxRetryMs.max } : {}),
  });

  async function loadProfile(memberId: string): Promise<MemberProfile> {
    const repId = session.requireRepId();
    const cached = deps.cache.get(repId, memberId);
    if (cached) return cached.profile;
    const profile = await deps.backend().call('getMemberProfile', { params: { memberId } });
    deps.cache.put(repId, profile, new Date());
    return profile;
  }

  const service = createInteractionService({
    store: deps.store,
    session,
    rules,
    events: deps.events,
    logger,
    cachedProfile: (repId, memberId) => deps.cache.get(repId, memberId),
    loadProfile,
    onCallState: (state) => agent.followCall(state),
    onQueued: () => void outbox.drain(),
    withoutCall: deps.withoutCall,
    onVerified: (memberId, verification) => {
      const detail = describeVerification(verification);
      if (detail && deps.audit) void deps.audit.report({ kind: 'caller_verified', ...(memberId ? { memberId } : {}), detail });
    },
  });

  const stopListening = deps.events.subscribe((channel, payload) => {
    if (channel === 'session:ended') {
      service.forget();
      void agent.setSignedIn(null);
    }
    if (channel === 'connection:changed' && (payload as { isOnline?: unknown }).isOnline === true) void outbox.drain();
  });

  return {
    service,
    agent,
    outbox,
    handlers: createInteractionHandlers({ interactions: service, agent, session, store: deps.store, loadProfile, logger, ...(deps.audit ? { audit: deps.audit } : {}) }),
    async signedIn() {
      try {
        service.restoreForRep();
      } catch (error) {
        logger.error({ err: error }, 'could not bring back the interaction in progress');
      }
      void outbox.drain();
      await agent.setSignedIn(session.token());
    },
    async signingOut() {
      const token = session.token();
      service.forget();
      await agent.setSignedIn(null, token);
    },
    close() {
      stopListening();
      outbox.stop();
      agent.stop();
    },
  };
}
