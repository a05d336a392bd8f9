/**
 * Picks members for a test by what their profile says (eligible, active since a movable date…), read
 * straight from the test sandbox's database file, so a test states the situation it needs, not an ID.
 */
import type { MemberProfile } from '../../shared/domain/member-profile';
import { createClientRepository } from '../database/create-client-repository';
import { createMemberRepository } from '../database/create-member-repository';
import { openDatabase } from '../database/open-database';
import { readMeta } from '../database/read-meta';
import { createProfileReader } from '../profile/create-profile-reader';

/** The first `count` profiles in seed order that satisfy `isWanted`; throws when there are fewer. */
export function pickMembers(dbPath: string, isWanted: (profile: MemberProfile) => boolean, count = 1): MemberProfile[] {
  const db = openDatabase(dbPath, { purpose: 'inspect' });
  try {
    const profiles = createProfileReader(db, readMeta(db).asOf ?? '', createMemberRepository(db), createClientRepository(db));
    const picked: MemberProfile[] = [];
    for (const key of db.prepare<[], number>('SELECT member_key FROM members ORDER BY member_key').pluck().all()) {
      const profile = profiles.readRecord(key)?.profile;
      if (profile && isWanted(profile)) picked.push(profile);
      if (picked.length === count) return picked;
    }
    throw new Error(`Only ${picked.length} of the ${count} members wanted are in ${dbPath}.`);
  } finally {
    db.close();
  }
}

/** Not enrolled, may opt in for `planYear`, at `clientId`. */
export const isEligibleAt = (clientId: string, planYear: number) => (p: MemberProfile): boolean =>
  p.client.id === clientId && p.participation.status !== 'active' && p.participation.optInEligibility.some((e) => e.planYear === planYear && e.isEligible);

/** Active in the as-of year since a date that can still move earlier. */
export const isMovableActiveAt = (clientId: string) => (p: MemberProfile): boolean => {
  const { participation: part, member } = p;
  const floor = `${part.planYear}-01-01` > member.eligibility.partDEffectiveOn ? `${part.planYear}-01-01` : member.eligibility.partDEffectiveOn;
  return p.client.id === clientId && part.status === 'active' && part.planYear === Number(p.asOf.slice(0, 4)) && part.pendingEffectiveDate === null
    && part.effectiveOn !== null && part.effectiveOn > floor;
};
