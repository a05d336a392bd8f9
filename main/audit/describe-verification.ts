/**
 * The audit detail of a caller verification, in words: as whom and how — never an answer. Only
 * verifications of the member or a representative on file are audit events (a caregiver or a
 * prospect is told general information only, which discloses nothing about the member).
 */
import type { Verification } from '../../shared/calls/interaction';

const IDENTIFIER_WORDS: Readonly<Record<string, string>> = {
  full_name: 'full name',
  date_of_birth: 'date of birth',
  member_id: 'member ID',
  mbi: 'MBI',
  address: 'address',
  phone: 'phone number',
};

/** The detail line (e.g. "As the member, by the rep's questions: full name, date of birth"), or null when not audited. */
export function describeVerification(verification: Verification): string | null {
  const { callerKind, representativeId, matched, method } = verification;
  if (callerKind !== 'member' && callerKind !== 'representative') return null;
  const who = callerKind === 'member' ? 'As the member' : `As representative ${representativeId ?? '(not named)'}`;
  const how = method === 'ivr' ? 'by the IVR' : `by the rep's questions: ${matched.map((id) => IDENTIFIER_WORDS[id] ?? id).join(', ') || 'none matched'}`;
  return `${who}, ${how}`;
}
