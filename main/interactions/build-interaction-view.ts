/**
 * What main tells the screen about the interaction, and the record the outbox sends when it is done:
 * both built from the one saved state, so the screen and the backend never tell different stories.
 */
import type { InteractionView } from '../../shared/calls/call-views';
import type { Disclosure, InteractionRecord } from '../../shared/calls/interaction';
import type { ClientRules } from '../../shared/domain/client-rules';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { MAX_VERIFICATION_ATTEMPTS } from './check-verification';
import { handleTime, type InteractionState } from './interaction-state';

/**
 * Codes for a call about no member (a prospect, a wrong number) or before the client's rules arrived;
 * the backend accepts any well-formed code, and the client's own list replaces these once known.
 */
export const GENERAL_DISPOSITIONS: InteractionView['dispositions'] = [
  { code: 'GENERAL_INFO', label: 'General program information' },
  { code: 'WRONG_NUMBER', label: 'Wrong number' },
  { code: 'CALLER_DISCONNECTED', label: 'Caller disconnected' },
  { code: 'TRANSFERRED', label: 'Transferred' },
];

/** The interaction as the screen shows it; `rules` and `profile` are the identified member's, when known. */
export function buildInteractionView(state: InteractionState, disclosure: Disclosure, rules: ClientRules | null, profile: MemberProfile | null): InteractionView {
  const { verification } = state;
  return {
    id: state.id,
    callId: state.callId,
    phase: state.phase,
    memberId: state.memberId,
    callerKind: verification?.callerKind ?? null,
    disclosure,
    requiredMatches: rules?.verification.requiredMatches ?? null,
    requiredMatchesForChanges: rules?.verification.requiredMatchesForChanges ?? null,
    matchedCount: verification?.matched.length ?? 0,
    lastCheck: state.lastCheck ? { matched: [...state.lastCheck.matched], notMatched: [...state.lastCheck.notMatched] } : null,
    attemptsLeft: Math.max(0, MAX_VERIFICATION_ATTEMPTS - (state.failedAttempts ?? 0)),
    isVerificationLocked: (state.failedAttempts ?? 0) >= MAX_VERIFICATION_ATTEMPTS,
    representatives: (profile?.member.memberId === state.memberId ? (profile?.representatives ?? []) : []).map(({ id, name, relationship }) => ({ id, name, relationship })),
    notes: state.notes,
    notesSavedAt: state.notesSavedAt,
    actions: [...state.actions],
    wrapUpStartedAt: state.wrapUpStartedAt,
    dispositions: rules?.dispositions ?? GENERAL_DISPOSITIONS,
  };
}

/** The record for the backend; `at` is when wrap-up finished (or the missed call ended). */
export function buildInteractionRecord(state: InteractionState, at: Date, wrapUp: { dispositionCode: string | null; summary: string }): InteractionRecord {
  return {
    id: state.id,
    callId: state.callId,
    direction: state.direction,
    callerNumber: state.callerNumber,
    memberId: state.memberId,
    verification: state.verification,
    ringAt: state.ringAt,
    answeredAt: state.answeredAt,
    endedAt: state.endedAt,
    ...handleTime(state, at),
    isMissed: state.answeredAt === null,
    notes: state.notes,
    summary: wrapUp.summary,
    dispositionCode: wrapUp.dispositionCode,
    actions: [...state.actions],
  };
}
