/**
 * Checks the caller's answers against the member's record and the client's rules before main records
 * a verification: main compares each answer itself (the screen only types them), counts the matches
 * against `requiredMatches`, checks a representative is on file and current, and locks verification for
 * the call after three failed attempts. It answers which identifiers matched, never a value.
 */
import type { Verification } from '../../shared/calls/interaction';
import type { VerifyCallerInput } from '../../shared/calls/interaction-requests';
import type { ClientRules, VerificationIdentifier } from '../../shared/domain/client-rules';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { AppFailure } from '../../shared/ipc/result';
import { compareAnswer } from './compare-answer';

/** Failed attempts after which verification is locked for the call (the rep escalates). */
export const MAX_VERIFICATION_ATTEMPTS = 3;

const IDENTIFIER_WORDS: Record<VerificationIdentifier, string> = {
  full_name: 'full name',
  date_of_birth: 'date of birth',
  member_id: 'member ID',
  mbi: 'MBI',
  address: 'address',
  phone: 'phone number',
};

/** What the check needs besides the rep's input: the rules, the record, and what this call already went through. */
export interface VerificationContext {
  readonly rules: ClientRules | null;
  readonly clientName: string;
  readonly profile: MemberProfile | null;
  readonly at: Date;
  /** The verification recorded so far on this call (its matches count again for the same caller). */
  readonly previous: Verification | null;
  readonly failedAttempts: number;
}

/** The outcome: the verification to record (null: not verified by this attempt), and which answers matched. */
export interface VerificationCheck {
  readonly verification: Verification | null;
  readonly matched: VerificationIdentifier[];
  readonly notMatched: VerificationIdentifier[];
  /** A wrong answer counts as a failed attempt, unless this is the attempt that verified the caller. */
  readonly isFailed: boolean;
}

/** Checks one attempt; throws VERIFICATION_REQUIRED / INVALID_INPUT (no attempt counted) with a sentence the rep can act on. */
export function checkVerification(input: VerifyCallerInput, context: VerificationContext): VerificationCheck {
  const recorded = (matched: VerificationIdentifier[]): Verification => ({
    callerKind: input.callerKind,
    representativeId: input.representativeId ?? null,
    matched,
    method: 'rep',
    at: context.at.toISOString(),
  });
  if (input.callerKind !== 'member' && input.callerKind !== 'representative') return { verification: recorded([]), matched: [], notMatched: [], isFailed: false };
  const { rules, profile } = context;
  if (!rules || !profile) throw new AppFailure('INVALID_INPUT', 'Open the member this call is about before verifying the caller.');
  if (context.failedAttempts >= MAX_VERIFICATION_ATTEMPTS) {
    throw new AppFailure('VERIFICATION_REQUIRED', `Verification is locked for this call after ${MAX_VERIFICATION_ATTEMPTS} failed attempts: escalate to your team lead.`);
  }
  const { accepted, requiredMatches: needed } = rules.verification;
  const answered = accepted.filter((identifier) => input.answers[identifier] !== undefined);
  const refused = (Object.keys(input.answers) as VerificationIdentifier[]).find((identifier) => !accepted.includes(identifier));
  if (refused) throw new AppFailure('INVALID_INPUT', `${context.clientName} does not accept the ${IDENTIFIER_WORDS[refused]} to verify a caller.`);
  if (input.callerKind === 'representative') {
    const representative = profile.representatives.find((candidate) => candidate.id === input.representativeId);
    if (!representative) throw new AppFailure('INVALID_INPUT', 'That representative is not on file for this member.');
    if (representative.expiresOn !== null && representative.expiresOn < profile.asOf) {
      throw new AppFailure(
        'VERIFICATION_REQUIRED',
        `${representative.name}'s authority (${representative.document}) expired on ${representative.expiresOn}. They may hear general program information only: record them as a caregiver or family member.`,
      );
    }
  }
  const { previous } = context;
  const isSameCaller = previous?.method === 'rep' && previous.callerKind === input.callerKind && previous.representativeId === (input.representativeId ?? null);
  const carried = isSameCaller ? previous.matched.filter((identifier) => !answered.includes(identifier)) : [];
  if (carried.length + answered.length < needed) {
    throw new AppFailure('VERIFICATION_REQUIRED', `${context.clientName} needs ${needed} identifiers to match before anything beyond the name is disclosed: type at least ${needed - carried.length} of the caller's answers.`);
  }
  const matched = answered.filter((identifier) => compareAnswer(identifier, input.answers[identifier] ?? '', profile.member));
  const notMatched = answered.filter((identifier) => !matched.includes(identifier));
  const total = accepted.filter((identifier) => carried.includes(identifier) || matched.includes(identifier));
  const wasVerified = isSameCaller && previous.matched.length >= needed;
  const isVerified = total.length >= needed;
  return {
    verification: isVerified ? recorded(total) : null,
    matched,
    notMatched,
    isFailed: notMatched.length > 0 && !(isVerified && !wasVerified),
  };
}
