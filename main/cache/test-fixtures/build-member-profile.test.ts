import { describe, expect, it } from 'vitest';
import { MemberProfileSchema } from '../../../shared/domain/member-profile';
import { buildMemberProfile } from './build-member-profile';

describe('buildMemberProfile', () => {
  it('builds profiles the backend contract accepts unchanged', () => {
    for (const seq of [0, 1, 7, 49_999, 123_456]) {
      const profile = buildMemberProfile({ seq });
      expect(MemberProfileSchema.parse(profile)).toEqual(profile);
    }
  });

  it('starts from the documented member and gives every seq its own identifiers', () => {
    const first = buildMemberProfile();
    expect(first.member).toMatchObject({ memberId: 'NSH400012345', mbi: '1EG4TE5MK73', clientId: 'northstar' });
    const ids = new Set<string>();
    const mbis = new Set<string>();
    for (let seq = 0; seq < 2_000; seq += 1) {
      const { member } = buildMemberProfile({ seq });
      ids.add(member.memberId);
      mbis.add(member.mbi);
    }
    expect(ids.size).toBe(2_000);
    expect(mbis.size).toBe(2_000);
  });

  it('applies overrides', () => {
    const profile = buildMemberProfile({ member: { firstName: 'Ingrid' }, participationStatus: 'pending' });
    expect(profile.member.firstName).toBe('Ingrid');
    expect(profile.participation.status).toBe('pending');
    expect(MemberProfileSchema.safeParse(profile).success).toBe(true);
  });
});
