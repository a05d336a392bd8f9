/** The recent-lookups list needs a summary; derive it from the profile so the two can never disagree. */
import type { MemberSummary } from '../../shared/domain/member';
import type { MemberProfile } from '../../shared/domain/member-profile';

/** Picks the MemberSummary fields out of a full profile. */
export function buildMemberSummary(profile: MemberProfile): MemberSummary {
  const { member } = profile;
  return {
    memberId: member.memberId,
    mbi: member.mbi,
    clientId: member.clientId,
    firstName: member.firstName,
    lastName: member.lastName,
    dateOfBirth: member.dateOfBirth,
    phone: member.phone,
    city: member.address.city,
    state: member.address.state,
    participationStatus: profile.participation.status,
  };
}
