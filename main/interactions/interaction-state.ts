/**
 * One interaction as main keeps it while the call runs and during wrap-up, and how each call event
 * moves it. Pure: the service saves every new state to the durable store, so a restart resumes here.
 */
import type { CallInfo } from '../../shared/calls/call-events';
import type { InteractionAction, Verification } from '../../shared/calls/interaction';
import type { VerificationIdentifier } from '../../shared/domain/client-rules';
import { MemberIdSchema } from '../../shared/domain/primitives';
import { readCallerNumber } from '../softphone/read-caller-number';

/** The outcome of one verification attempt: identifiers only. */
export interface VerificationResult {
  readonly matched: readonly VerificationIdentifier[];
  readonly notMatched: readonly VerificationIdentifier[];
}

/** The interaction in progress; times are ISO strings, as they are saved. */
export interface InteractionState {
  /** Bumped when the shape changes, so an older saved draft is read knowingly. */
  readonly v: 1;
  readonly id: string;
  readonly callId: string | null;
  readonly direction: 'inbound' | 'outbound';
  /** E.164, or null when withheld or unreadable. */
  readonly callerNumber: string | null;
  readonly memberId: string | null;
  readonly verification: Verification | null;
  /** Which identifiers the rep's latest attempt matched and which not (never the answers); absent in older drafts. */
  readonly lastCheck?: VerificationResult | null;
  /** Failed verification attempts on this call (a lock at MAX_VERIFICATION_ATTEMPTS); absent in older drafts. */
  readonly failedAttempts?: number;
  /** `active` while the call rings or runs; `wrap_up` after it ended, until the rep finishes. */
  readonly phase: 'active' | 'wrap_up';
  readonly callPhase: 'ringing' | 'connected' | 'held' | 'ended';
  readonly ringAt: string | null;
  readonly answeredAt: string | null;
  readonly endedAt: string | null;
  /** When the current hold began; null when not on hold. */
  readonly heldSince: string | null;
  /** Holds already over, in milliseconds. */
  readonly heldMs: number;
  readonly wrapUpStartedAt: string | null;
  readonly notes: string;
  readonly notesSavedAt: string | null;
  readonly actions: readonly InteractionAction[];
  /** When this state was saved: a restart after a crash takes it as the end of a call it never heard end. */
  readonly savedAt: string;
}

/** A new call: IVR-verified with a usable member ID means verified as that member, by the IVR. */
export function startInteraction(id: string, call: CallInfo, at: Date): InteractionState {
  const caller = readCallerNumber(call.ani);
  const ivrMember = MemberIdSchema.safeParse(call.ivr?.memberId ?? '');
  const memberId = ivrMember.success ? ivrMember.data : null;
  const isIvrVerified = memberId !== null && call.ivr?.isVerified === true;
  return {
    v: 1,
    id,
    callId: call.callId,
    direction: call.direction,
    callerNumber: caller.kind === 'number' ? caller.e164 : null,
    memberId,
    verification: isIvrVerified ? { callerKind: 'member', representativeId: null, matched: [], method: 'ivr', at: at.toISOString() } : null,
    phase: 'active',
    callPhase: 'ringing',
    ringAt: at.toISOString(),
    answeredAt: null,
    endedAt: null,
    heldSince: null,
    heldMs: 0,
    wrapUpStartedAt: null,
    notes: '',
    notesSavedAt: null,
    actions: [],
    savedAt: at.toISOString(),
  };
}

const since = (from: string, to: Date) => Math.max(0, to.getTime() - Date.parse(from));

/** The call was answered. */
export function connect(state: InteractionState, at: Date): InteractionState {
  return { ...state, callPhase: 'connected', answeredAt: state.answeredAt ?? at.toISOString() };
}

export function hold(state: InteractionState, at: Date): InteractionState {
  return state.heldSince ? state : { ...state, callPhase: 'held', heldSince: at.toISOString() };
}

export function resume(state: InteractionState, at: Date): InteractionState {
  if (!state.heldSince) return { ...state, callPhase: 'connected' };
  return { ...state, callPhase: 'connected', heldSince: null, heldMs: state.heldMs + since(state.heldSince, at) };
}

/** The call is over: an open hold closes; an answered call goes to wrap-up (a missed one is finished by the service). */
export function end(state: InteractionState, at: Date): InteractionState {
  const closed = state.heldSince ? resume(state, at) : state;
  return { ...closed, callPhase: 'ended', endedAt: state.endedAt ?? at.toISOString(), phase: 'wrap_up', wrapUpStartedAt: at.toISOString() };
}

/** The member this call is about; another member than before loses the verification (it was for that one). */
export function identify(state: InteractionState, memberId: string): InteractionState {
  if (state.memberId === memberId) return state;
  return { ...state, memberId, verification: null, lastCheck: null };
}

/** Brought back after a restart: a call still ringing or running then is taken as ended when last saved. */
export function restore(state: InteractionState, at: Date): InteractionState {
  return state.phase === 'wrap_up' ? state : { ...end(state, new Date(state.savedAt)), wrapUpStartedAt: at.toISOString() };
}

/** The same call rang again after a restart (the softphone still has it): it is live again. */
export function revive(state: InteractionState): InteractionState {
  return { ...state, phase: 'active', callPhase: state.answeredAt ? 'connected' : 'ringing', endedAt: null, wrapUpStartedAt: null };
}

/** Handle time in whole seconds, as the record reports it; `at` closes what is still running. */
export function handleTime(state: InteractionState, at: Date): { talkSeconds: number; holdSeconds: number; wrapUpSeconds: number } {
  const endedAt = state.endedAt ? new Date(state.endedAt) : at;
  const heldMs = state.heldMs + (state.heldSince ? since(state.heldSince, endedAt) : 0);
  const talkMs = state.answeredAt ? Math.max(0, since(state.answeredAt, endedAt) - heldMs) : 0;
  const wrapMs = state.wrapUpStartedAt ? since(state.wrapUpStartedAt, at) : 0;
  return { talkSeconds: Math.round(talkMs / 1000), holdSeconds: Math.round(heldMs / 1000), wrapUpSeconds: Math.round(wrapMs / 1000) };
}
