/**
 * Finds the member a request is addressed to and checks the caller may reach them: 404 for no such
 * member, 403 for a member of a client the caller does not serve. Neither message names an identifier.
 */
import type { User } from '../../shared/domain/session';
import type { MemberRef, MemberRepository } from '../database/create-member-repository';
import { assertClientAccess } from './client-access';
import { SandboxApiError } from './sandbox-api-error';

/** The one sentence for an unknown member ID, wherever it is refused. */
export const NO_SUCH_MEMBER = 'No member has that member ID. Check it with the caller, or search by MBI or name and date of birth.';

/** The member's key and client, or a refusal. */
export function openMember(members: MemberRepository, user: User | null, memberId: string): MemberRef {
  const ref = members.findMemberRef(memberId);
  if (!ref) throw new SandboxApiError(404, 'NOT_FOUND', NO_SUCH_MEMBER);
  assertClientAccess(user, ref.clientId, 'member');
  return ref;
}
