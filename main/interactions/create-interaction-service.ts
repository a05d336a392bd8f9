/**
 * The interaction with the caller, owned by main: who is calling and how they were verified (which
 * decides what every member view may show), the notes (saved to the durable store as they are typed),
 * the actions taken, wrap-up, and the record handed to the outbox. Each change is saved before it is
 * announced, so a crash loses nothing the rep saw saved.
 */
import { randomUUID } from 'node:crypto';
import type { InteractionView } from '../../shared/calls/call-views';
import { InteractionRecordSchema, type Disclosure, type InteractionAction, type Verification } from '../../shared/calls/interaction';
import type { VerifyCallerInput } from '../../shared/calls/interaction-requests';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { AppFailure } from '../../shared/ipc/result';
import type { MemberProfileView } from '../../shared/ipc/views';
import { shapeMemberView, type MemberViewMeta } from '../../shared/ipc/shape-member-view';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';
import type { SessionService } from '../session/create-session-service';
import type { CallLifecycleListener } from '../softphone/call-lifecycle';
import type { InteractionStore } from '../store/create-interaction-store';
import { buildInteractionRecord, buildInteractionView, GENERAL_DISPOSITIONS } from './build-interaction-view';
import { checkVerification } from './check-verification';
import type { ClientRulesSource } from './create-client-rules-source';
import { createCallLifecycleListener } from './create-call-lifecycle-listener';
import { decideDisclosure } from './decide-disclosure';
import { identify, restore, startInteraction, type InteractionState } from './interaction-state';

export interface InteractionServiceDeps {
  readonly store: () => InteractionStore;
  readonly session: SessionService;
  readonly rules: ClientRulesSource;
  readonly events: EventBus;
  readonly logger: Logger;
  /** The member's record as cached for this rep (representatives, re-shown views). */
  readonly cachedProfile: (repId: string, memberId: string) => { profile: MemberProfile; fetchedAt: Date } | null;
  /** The member's record, from the cache or the backend (to check a representative). */
  readonly loadProfile: (memberId: string) => Promise<MemberProfile>;
  /** Told whenever the interaction starts, changes phase or ends: the agent state follows. */
  readonly onCallState: (state: 'on_call' | 'wrap_up' | null) => void;
  /** A record entered the outbox. */
  readonly onQueued: () => void;
  /** Policy `interactions.disclosureWithoutCall`. */
  readonly withoutCall: 'full' | 'name_only';
  readonly now?: () => Date;
  /** A caller was verified (by the IVR or by the rep's questions), for the audit trail; once per verification. */
  readonly onVerified?: (memberId: string | null, verification: Verification) => void;
}

export interface InteractionService {
  readonly lifecycle: CallLifecycleListener;
  /** The interaction in progress, once its member's client rules are in (or could not be loaded). */
  current(): Promise<InteractionView | null>;
  /** The id of the interaction in progress, for audit entries; null between calls. */
  currentId(): string | null;
  identify(memberId: string): Promise<InteractionView>;
  verify(input: VerifyCallerInput): Promise<InteractionView>;
  saveNotes(interactionId: string, notes: string): { savedAt: string };
  finishWrapUp(interactionId: string, dispositionCode: string, summary: string): Promise<void>;
  /** How much of this member the screen may show now. */
  disclosureFor(memberId: string): Disclosure;
  /** Shapes a view of `profile` by the disclosure (every member view main sends goes through here). */
  present(profile: MemberProfile, meta: MemberViewMeta): MemberProfileView;
  /** The renderer opened this member: it is on screen, and a call about no member yet is about them. */
  memberOpened(memberId: string): void;
  /** Throws VERIFICATION_REQUIRED unless this member's record may be changed for the caller on the line. */
  assertMayChange(memberId: string): void;
  /** Throws VERIFICATION_REQUIRED unless the caller matched the client's `requiredMatchesForChanges`. */
  assertMayChangePaymentMethods(memberId: string): Promise<void>;
  /** Something done during the call (a change settled, an MBI revealed): kept with its confirmation number. */
  recordAction(action: Omit<InteractionAction, 'at'>): void;
  /** Brings back this rep's interaction in progress after a restart. */
  restoreForRep(): void;
  /** The rep signed out or the session ended: the draft stays on disk for their next sign-in. */
  forget(): void;
}

/** Creates the service; nothing is in progress until a call rings or a rep signs in with a saved draft. */
export function createInteractionService(deps: InteractionServiceDeps): InteractionService {
  const now = deps.now ?? (() => new Date());
  let state: InteractionState | null = null;
  let repId: string | null = null;
  let onScreen: { memberId: string; disclosure: Disclosure } | null = null;
  /** Each identified member's client, learned from the member ID (the record may not be cached). */
  const clientIds = new Map<string, string>();

  const disclosureOf = (memberId: string): Disclosure => decideDisclosure({ interaction: state, memberId, withoutCall: deps.withoutCall });
  const rulesFor = (memberId: string | null) => {
    const clientId = memberId ? (clientIds.get(memberId) ?? deps.cachedProfile(repId ?? '', memberId)?.profile.client.id) : undefined;
    return clientId ? deps.rules.cached(clientId) : null;
  };
  function viewOf(current: InteractionState): InteractionView {
    const disclosure = current.memberId ? disclosureOf(current.memberId) : current.verification?.callerKind === 'caregiver' || current.verification?.callerKind === 'prospect' ? 'general_information' : 'name_only';
    const profile = current.memberId ? (deps.cachedProfile(repId ?? '', current.memberId)?.profile ?? null) : null;
    return buildInteractionView(current, disclosure, rulesFor(current.memberId), profile);
  }

  /** The member on screen is shown again, shaped anew, when what the caller may hear of them changed. */
  function reshow(): void {
    if (!onScreen || !repId) return;
    const disclosure = disclosureOf(onScreen.memberId);
    if (disclosure === onScreen.disclosure) return;
    const { memberId } = onScreen;
    const cached = deps.cachedProfile(repId, memberId);
    if (cached) {
      deps.events.emit('members:profile-refreshed', service.present(cached.profile, { source: 'cache', fetchedAt: cached.fetchedAt.toISOString(), isRefreshing: false }));
      return;
    }
    // Not cached (the cache could not keep it): fetched again, so what is on screen is never more than allowed.
    deps.loadProfile(memberId).then(
      (profile) => deps.events.emit('members:profile-refreshed', service.present(profile, { source: 'backend', fetchedAt: now().toISOString(), isRefreshing: false })),
      (error: unknown) => deps.logger.warn({ code: error instanceof AppFailure ? error.code : 'UNKNOWN' }, 'could not re-send the member on screen after the disclosure changed'),
    );
  }

  function announce(): void {
    deps.events.emit('interactions:changed', state ? viewOf(state) : null);
    deps.onCallState(state === null ? null : state.phase === 'active' ? 'on_call' : 'wrap_up');
    reshow();
  }

  function commit(next: InteractionState, { mustSave = false } = {}): void {
    if (!repId) return;
    const saved = { ...next, savedAt: now().toISOString() };
    try {
      deps.store().saveDraft(repId, saved.id, saved);
    } catch (error) {
      if (mustSave) throw error;
      deps.logger.error({ code: error instanceof AppFailure ? error.code : 'UNKNOWN' }, 'could not save the interaction in progress');
    }
    const verified = next.verification !== null && next.verification.at !== state?.verification?.at ? next.verification : null;
    state = saved;
    announce();
    if (verified) deps.onVerified?.(saved.memberId, verified);
  }

  const learning = new Map<string, Promise<void>>();
  /** Loads the member's client rules, then shows them (matches needed, disposition codes); never rejects. */
  function learnMember(memberId: string): Promise<void> {
    const running = learning.get(memberId);
    if (running) return running;
    const learned = deps.rules
      .clientOf(memberId)
      .then((client) => {
        if (!client) return null;
        clientIds.set(memberId, client.id);
        return deps.rules.load(client.id);
      })
      .then(() => {
        if (state?.memberId === memberId) announce();
      })
      .catch((error: unknown) => deps.logger.warn({ code: error instanceof AppFailure ? error.code : 'UNKNOWN' }, "could not load the member's client rules for the interaction"))
      .finally(() => learning.delete(memberId));
    learning.set(memberId, learned);
    return learned;
  }

  function enqueue(closing: InteractionState, wrapUp: { dispositionCode: string | null; summary: string }, at: Date): void {
    if (!repId) return;
    const record = InteractionRecordSchema.parse(buildInteractionRecord(closing, at, wrapUp));
    deps.store().enqueue(repId, record);
    deps.logger.info({ interactionId: record.id, isMissed: record.isMissed }, 'interaction finished and queued for the backend');
    state = null;
    announce();
    deps.onQueued();
  }

  function requireCurrent(interactionId?: string): InteractionState {
    if (!state) throw new AppFailure('NOT_FOUND', interactionId ? 'That call is over; its interaction was already saved.' : 'There is no call in progress.');
    if (interactionId !== undefined && state.id !== interactionId) throw new AppFailure('NOT_FOUND', 'That call is over; its interaction was already saved.');
    return state;
  }

  const lifecycle = createCallLifecycleListener(
    {
      current: () => state,
      commit: (next) => commit(next),
      start(call, at) {
        repId = deps.session.current()?.user.id ?? null;
        if (!repId) return;
        commit(startInteraction(randomUUID(), call, at));
        if (state?.memberId) void learnMember(state.memberId);
      },
      closeUnfinished(closing, summary, at) {
        try {
          enqueue(closing, { dispositionCode: null, summary }, at);
        } catch (error) {
          deps.logger.error({ code: error instanceof AppFailure ? error.code : 'UNKNOWN' }, 'could not queue an unfinished interaction; it stays saved as in progress');
        }
      },
      identify: (memberId) => void service.identify(memberId).catch(() => undefined),
    },
    deps.logger,
  );

  const service: InteractionService = {
    lifecycle,
    async current() {
      if (state?.memberId) await learning.get(state.memberId);
      return state ? viewOf(state) : null;
    },
    currentId: () => state?.id ?? null,
    async identify(memberId) {
      commit(identify(requireCurrent(), memberId));
      await learnMember(memberId);
      return viewOf(requireCurrent());
    },
    async verify(input) {
      const current = requireCurrent();
      const memberId = current.memberId;
      const needsRecord = input.callerKind === 'member' || input.callerKind === 'representative';
      const profile = needsRecord && memberId ? await deps.loadProfile(memberId) : null;
      const rules = profile ? await deps.rules.load(profile.client.id) : null;
      const failedAttempts = current.failedAttempts ?? 0;
      const check = checkVerification(input, { rules, clientName: profile?.client.name ?? 'The plan', profile, at: now(), previous: current.verification, failedAttempts });
      const latest = requireCurrent(current.id);
      // Only which identifiers matched is kept; the answers go no further than the check (PHI).
      commit({
        ...latest,
        verification: check.verification ?? latest.verification,
        lastCheck: needsRecord ? { matched: check.matched, notMatched: check.notMatched } : null,
        failedAttempts: failedAttempts + (check.isFailed ? 1 : 0),
      });
      if (check.isFailed) deps.logger.info({ interactionId: latest.id, failedAttempts: failedAttempts + 1 }, 'a caller verification attempt failed');
      return viewOf(requireCurrent());
    },
    saveNotes(interactionId, notes) {
      const savedAt = now().toISOString();
      commit({ ...requireCurrent(interactionId), notes, notesSavedAt: savedAt }, { mustSave: true });
      return { savedAt };
    },
    async finishWrapUp(interactionId, dispositionCode, summary) {
      if (requireCurrent(interactionId).phase !== 'wrap_up') throw new AppFailure('INVALID_INPUT', 'The call is still in progress: wrap-up starts when it ends.');
      // The backend takes only the client's own codes: make sure they are known before checking.
      const { memberId } = requireCurrent(interactionId);
      if (memberId && !rulesFor(memberId)) await learnMember(memberId);
      const current = requireCurrent(interactionId);
      const codes = rulesFor(current.memberId)?.dispositions ?? GENERAL_DISPOSITIONS;
      if (!codes.some((d) => d.code === dispositionCode)) throw new AppFailure('INVALID_INPUT', 'Pick a disposition from the list.');
      enqueue(current, { dispositionCode, summary }, now());
    },
    disclosureFor: disclosureOf,
    present(profile, meta) {
      const { memberId } = profile.member;
      const disclosure = disclosureOf(memberId);
      if (onScreen?.memberId === memberId) onScreen = { memberId, disclosure };
      return shapeMemberView(profile, disclosure, meta);
    },
    memberOpened(memberId) {
      onScreen = { memberId, disclosure: disclosureOf(memberId) };
      if (state && state.memberId === null) void service.identify(memberId).catch(() => undefined);
      else if (state) announce();
    },
    assertMayChange(memberId) {
      if (disclosureOf(memberId) === 'full') return;
      throw new AppFailure(
        'VERIFICATION_REQUIRED',
        state ? "Verify the caller as the member or a representative on file before changing this member's record." : "IT's policy allows changes to member records only during a verified call.",
      );
    },
    async assertMayChangePaymentMethods(memberId) {
      service.assertMayChange(memberId);
      if (!state) return;
      if (!rulesFor(memberId)) await learnMember(memberId);
      const needed = rulesFor(memberId)?.verification.requiredMatchesForChanges;
      const matched = state.verification?.matched.length ?? 0;
      if (needed === undefined || matched < needed) {
        throw new AppFailure('VERIFICATION_REQUIRED', `Changing a payment method needs ${needed ?? 'more'} matching identifiers; ${matched} matched. Ask the caller for another identifier and press Verify again.`);
      }
    },
    recordAction(action) {
      if (!state) return;
      commit({ ...state, actions: [...state.actions, { ...action, at: now().toISOString() }].slice(-100) });
    },
    restoreForRep() {
      const signedIn = deps.session.current()?.user.id ?? null;
      // Another rep signed in over the last one's session: nothing of theirs stays on screen.
      if (signedIn !== repId) service.forget();
      repId = signedIn;
      if (!repId || state) return;
      const [newest, ...older] = deps.store().listDrafts(repId).map((draft) => draft.state as InteractionState).filter((draft) => draft.v === 1);
      for (const draft of older) enqueue(restore(draft, now()), { dispositionCode: null, summary: 'Interrupted: Rep Console closed before wrap-up was finished.' }, now());
      if (!newest) return;
      commit(restore(newest, now()));
      if (newest.memberId) void learnMember(newest.memberId);
      deps.logger.info({ interactionId: newest.id }, 'interaction in progress brought back after a restart');
    },
    forget() {
      state = null;
      repId = null;
      onScreen = null;
      deps.events.emit('interactions:changed', null);
      deps.onCallState(null);
    },
  };
  return service;
}
