/**
 * Checks what the rep says about the caller against the client's rules and the member's record before
 * main records it: enough accepted identifiers for the member or a representative, and a representative
 * who is on file and whose authority has not lapsed. A screen cannot talk main into disclosing more.
 */
import type { Verification } from '../../shared/calls/interaction';
import type { VerifyCallerInput } from '../../shared/calls/interaction-requests';
import type { ClientRules } from '../../shared/domain/client-rules';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { AppFailure } from '../../shared/ipc/result';

const IDENTIFIER_WORDS: Record<VerifyCallerInput['matched'][number], string> = {
  full_name: 'full name',
  date_of_birth: 'date of birth',
  member_id: 'member ID',
  mbi: 'MBI',
  address: 'address',
  phone: 'phone number',
};

/** What the check needs besides the rep's input: the client's rules and the member's record (both for member and representative). */
export interface VerificationContext {
  readonly rules: ClientRules | null;
  readonly clientName: string;
  readonly profile: MemberProfile | null;
  readonly at: Date;
}

/** Returns the verification to record, or throws VERIFICATION_REQUIRED / INVALID_INPUT with a sentence the rep can act on. */
export function checkVerification(input: VerifyCallerInput, context: VerificationContext): Verification {
  const verification: Verification = {
    callerKind: input.callerKind,
    representativeId: input.representativeId ?? null,
    matched: [...input.matched],
    method: 'rep',
    at: context.at.toISOString(),
  };
  if (input.callerKind !== 'member' && input.callerKind !== 'representative') return verification;
  const { rules, profile } = context;
  if (!rules || !profile) throw new AppFailure('INVALID_INPUT', 'Open the member this call is about before verifying the caller.');
  const refused = input.matched.find((identifier) => !rules.verification.accepted.includes(identifier));
  if (refused) throw new AppFailure('INVALID_INPUT', `${context.clientName} does not accept the ${IDENTIFIER_WORDS[refused]} to verify a caller.`);
  const needed = rules.verification.requiredMatches;
  if (input.matched.length < needed) {
    throw new AppFailure('VERIFICATION_REQUIRED', `${context.clientName} needs ${needed} identifiers to match before anything beyond the name is disclosed; ${input.matched.length} matched.`);
  }
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
  return verification;
}
