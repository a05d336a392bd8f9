/**
 * The one place a member's record is cut down to what a caller may hear. Main calls it for every view
 * it sends (ADR 10); renderer tests' fake bridge calls it too, so the fake cannot send more than main.
 */
import type { Disclosure } from '../calls/interaction';
import type { MemberProfile } from '../domain/member-profile';
import { maskMbi } from '../lib/mbi';
import type { MemberProfileView } from './views';

/** Where the record came from and how fresh it is: the same whatever is disclosed. */
export interface MemberViewMeta {
  readonly source: MemberProfileView['source'];
  readonly fetchedAt: string;
  readonly isRefreshing: boolean;
}

/** Builds the view of `profile` for `disclosure`; the MBI is always masked, the rest depends on the caller. */
export function shapeMemberView(profile: MemberProfile, disclosure: Disclosure, meta: MemberViewMeta): MemberProfileView {
  const { memberId, clientId, firstName, middleInitial, lastName } = profile.member;
  const { status, planYear, effectiveOn, endsOn } = profile.participation;
  return {
    disclosure,
    member: { memberId, clientId, firstName, middleInitial, lastName },
    client: profile.client,
    profile: disclosure === 'full' ? { ...profile, member: { ...profile.member, mbi: maskMbi(profile.member.mbi) } } : null,
    participation: disclosure === 'participation_only' ? { status, planYear, effectiveOn, endsOn } : null,
    source: meta.source,
    fetchedAt: meta.fetchedAt,
    isRefreshing: meta.isRefreshing,
  };
}
