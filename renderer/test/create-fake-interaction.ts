/**
 * The fake bridge's interaction: main's interaction with the caller held in memory, with the same
 * disclosure rule main applies (so member views the fake sends are cut down as main's are), every
 * verification, notes save and wrap-up recorded, and handles to push interactions:changed.
 */
import type { InteractionView } from '../../shared/calls/call-views';
import type { Disclosure } from '../../shared/calls/interaction';
import type { MemberProfile } from '../../shared/domain/member-profile';
import type { RepConsoleApi } from '../../shared/ipc/bridge';
import { invokeContract, type InvokeInput } from '../../shared/ipc/contract';
import type { AppError, Result } from '../../shared/ipc/result';
import { TEST_CLIENT_RULES } from './fake-program';

type InteractionMethods = 'revealMbi' | 'getCurrentInteraction' | 'identifyCallMember' | 'verifyCaller' | 'saveInteractionNotes' | 'finishWrapUp' | 'onInteractionChanged';
type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** A call in progress about Maria (NSH400012345), not verified yet; override anything. */
export function buildTestInteraction(overrides: Partial<InteractionView> = {}): InteractionView {
  return {
    id: '5b0c6d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
    callId: 'call-1',
    phase: 'active',
    memberId: 'NSH400012345',
    callerKind: null,
    disclosure: 'name_only',
    requiredMatches: 2,
    requiredMatchesForChanges: 3,
    matchedCount: 0,
    lastCheck: null,
    attemptsLeft: 3,
    isVerificationLocked: false,
    representatives: [],
    notes: '',
    notesSavedAt: null,
    actions: [],
    wrapUpStartedAt: null,
    dispositions: TEST_CLIENT_RULES.dispositions,
    ...overrides,
  };
}

/** The interaction methods for the bridge and the handles tests act as main with. */
export interface FakeInteraction {
  readonly api: Pick<RepConsoleApi, InteractionMethods>;
  /** What main would let the screen show of this member now. */
  disclosureFor(memberId: string): Disclosure;
  readonly verifications: readonly InvokeInput<'interactions:verify-caller'>[];
  readonly savedNotes: readonly InvokeInput<'interactions:save-notes'>[];
  readonly wrapUps: readonly InvokeInput<'interactions:finish-wrap-up'>[];
  readonly revealedMbis: readonly string[];
  /** Sets main's interaction (null: none) and pushes interactions:changed. */
  emitInteraction(view: InteractionView | null): void;
}

const CALLER_DISCLOSURE: Record<NonNullable<InteractionView['callerKind']>, Disclosure> = {
  member: 'full',
  representative: 'full',
  caregiver: 'general_information',
  prospect: 'general_information',
  pharmacy: 'participation_only',
};

/** Builds the interaction part of the fake; `onDisclosureChanged` re-sends the member as main does. */
export function createFakeInteraction(profiles: readonly MemberProfile[], answer: Answer, onDisclosureChanged: (memberId: string) => void): FakeInteraction {
  let current: InteractionView | null = null;
  const verifications: InvokeInput<'interactions:verify-caller'>[] = [];
  const savedNotes: InvokeInput<'interactions:save-notes'>[] = [];
  const wrapUps: InvokeInput<'interactions:finish-wrap-up'>[] = [];
  const revealedMbis: string[] = [];
  const listeners = new Set<(view: InteractionView | null) => void>();
  const fail = (error: AppError) => Promise.resolve({ ok: false as const, error });
  const disclosureFor = (memberId: string): Disclosure => (current === null ? 'full' : current.memberId === memberId ? current.disclosure : 'name_only');

  function emit(view: InteractionView | null): void {
    const before = current?.memberId ? disclosureFor(current.memberId) : null;
    const memberId = current?.memberId ?? view?.memberId ?? null;
    current = view;
    listeners.forEach((listener) => listener(view));
    if (memberId && before !== disclosureFor(memberId)) onDisclosureChanged(memberId);
  }
  function checked<C extends 'interactions:verify-caller' | 'interactions:save-notes' | 'interactions:finish-wrap-up'>(channel: C, input: unknown): string | null {
    const parsed = invokeContract[channel].input.safeParse(input);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Invalid input.');
  }

  return {
    api: {
      revealMbi: ({ memberId }) => {
        const profile = profiles.find((p) => p.member.memberId === memberId);
        if (!profile) return fail({ code: 'NOT_FOUND', message: 'No member has that ID.' });
        if (disclosureFor(memberId) !== 'full') return fail({ code: 'VERIFICATION_REQUIRED', message: "Verify the caller before revealing the member's MBI." });
        revealedMbis.push(memberId);
        return answer('revealMbi', () => ({ memberId, mbi: profile.member.mbi }));
      },
      getCurrentInteraction: () => answer('getCurrentInteraction', () => current),
      identifyCallMember: ({ memberId }) => {
        if (!current) return fail({ code: 'NOT_FOUND', message: 'There is no call in progress.' });
        const view = current.memberId === memberId ? current : { ...current, memberId, callerKind: null, disclosure: 'name_only' as const, matchedCount: 0 };
        return answer('identifyCallMember', () => (emit(view), view));
      },
      verifyCaller: (input) => {
        const problem = checked('interactions:verify-caller', input);
        if (problem) return fail({ code: 'INVALID_INPUT', message: problem });
        verifications.push(input);
        if (!current) return fail({ code: 'NOT_FOUND', message: 'There is no call in progress.' });
        const needed = current.requiredMatches ?? 2;
        const needsMatches = input.callerKind === 'member' || input.callerKind === 'representative';
        const answered = Object.keys(input.answers) as (keyof typeof input.answers)[];
        if (needsMatches && answered.length < needed) {
          return fail({ code: 'VERIFICATION_REQUIRED', message: `Northstar Health Plans needs ${needed} identifiers to match before anything beyond the name is disclosed: type at least ${needed} of the caller's answers.` });
        }
        // A plain comparison (main's own is forgiving about how answers are typed): name, date of birth, member ID.
        const member = profiles.find((p) => p.member.memberId === current?.memberId)?.member;
        const [y, m, d] = (member?.dateOfBirth ?? '').split('-');
        const right: Partial<Record<string, string>> = member ? { full_name: `${member.firstName} ${member.lastName}`.toLowerCase(), date_of_birth: `${m}/${d}/${y}`, member_id: member.memberId.toLowerCase() } : {};
        const matched = answered.filter((identifier) => right[identifier] !== undefined && right[identifier] === input.answers[identifier]?.toLowerCase());
        const lastCheck = needsMatches ? { matched, notMatched: answered.filter((identifier) => !matched.includes(identifier)) } : null;
        if (needsMatches && matched.length < needed) {
          const attemptsLeft = Math.max(0, current.attemptsLeft - 1);
          const view: InteractionView = { ...current, lastCheck, attemptsLeft, isVerificationLocked: attemptsLeft === 0 };
          return answer('verifyCaller', () => (emit(view), view));
        }
        const view: InteractionView = { ...current, callerKind: input.callerKind, disclosure: CALLER_DISCLOSURE[input.callerKind], matchedCount: matched.length, lastCheck };
        return answer('verifyCaller', () => (emit(view), view));
      },
      saveInteractionNotes: (input) => {
        const problem = checked('interactions:save-notes', input);
        if (problem) return fail({ code: 'INVALID_INPUT', message: problem });
        savedNotes.push(input);
        const savedAt = new Date().toISOString();
        if (current) current = { ...current, notes: input.notes, notesSavedAt: savedAt };
        return answer('saveInteractionNotes', () => ({ savedAt }));
      },
      finishWrapUp: (input) => {
        const problem = checked('interactions:finish-wrap-up', input);
        if (problem) return fail({ code: 'INVALID_INPUT', message: problem });
        wrapUps.push(input);
        return answer('finishWrapUp', () => (emit(null), null));
      },
      onInteractionChanged: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    disclosureFor,
    verifications,
    savedNotes,
    wrapUps,
    revealedMbis,
    emitInteraction: emit,
  };
}
