import { describe, expect, it } from 'vitest';
import { decideDisclosure } from './decide-disclosure';

describe('what the caller may hear', () => {
  const verified = (callerKind: 'member' | 'representative' | 'caregiver' | 'pharmacy' | 'prospect') => ({
    memberId: 'NSH400012345',
    verification: { callerKind, representativeId: null, matched: [], method: 'rep' as const, at: '2026-11-15T14:00:00.000Z' },
  });
  const decide = (interaction: Parameters<typeof decideDisclosure>[0]['interaction'], memberId = 'NSH400012345') => decideDisclosure({ interaction, memberId, withoutCall: 'full' });

  it('follows who is calling, for the member the call is about only', () => {
    expect(decide({ memberId: 'NSH400012345', verification: null })).toBe('name_only');
    expect(decide(verified('member'))).toBe('full');
    expect(decide(verified('representative'))).toBe('full');
    expect(decide(verified('pharmacy'))).toBe('participation_only');
    expect(decide(verified('caregiver'))).toBe('general_information');
    expect(decide(verified('prospect'))).toBe('general_information');
    expect(decide(verified('member'), 'NSH400099999')).toBe('name_only');
  });

  it("follows IT's policy when no call is in progress", () => {
    expect(decide(null)).toBe('full');
    expect(decideDisclosure({ interaction: null, memberId: 'NSH400012345', withoutCall: 'name_only' })).toBe('name_only');
  });
});
