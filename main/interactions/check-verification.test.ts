import { describe, expect, it } from 'vitest';
import type { ClientRules } from '../../shared/domain/client-rules';
import { buildMemberProfile } from '../cache/test-fixtures/build-member-profile';
import { checkVerification } from './check-verification';

const rules = { verification: { requiredMatches: 2, requiredMatchesForChanges: 3, accepted: ['full_name', 'date_of_birth', 'member_id', 'mbi', 'address'] } } as ClientRules;
const base = buildMemberProfile();
const profile = {
  ...base,
  asOf: '2026-11-15',
  representatives: [
    { id: 'RP-CURRENT', name: 'Ana Ruiz', kind: 'appointed' as const, relationship: 'Daughter', document: 'CMS-1696 signed 2026-03-02', expiresOn: '2027-03-02' },
    { id: 'RP-LAPSED', name: 'Tom Ruiz', kind: 'appointed' as const, relationship: 'Son', document: 'CMS-1696 signed 2025-01-10', expiresOn: '2026-01-10' },
  ],
};
const context = { rules, clientName: 'Cedar Valley Medicare', profile, at: new Date('2026-11-15T14:00:00.000Z') };

describe('verifying the caller', () => {
  it('records the member once enough accepted identifiers matched, and says how many are needed otherwise', () => {
    expect(checkVerification({ callerKind: 'member', matched: ['full_name', 'date_of_birth'] }, context)).toMatchObject({ callerKind: 'member', method: 'rep', matched: ['full_name', 'date_of_birth'] });
    expect(() => checkVerification({ callerKind: 'member', matched: ['full_name'] }, context)).toThrow(
      expect.objectContaining({ code: 'VERIFICATION_REQUIRED', message: 'Cedar Valley Medicare needs 2 identifiers to match before anything beyond the name is disclosed; 1 matched.' }),
    );
    expect(() => checkVerification({ callerKind: 'member', matched: ['full_name', 'phone'] }, context)).toThrow('does not accept the phone number');
  });

  it('takes a representative only when on file and not expired', () => {
    const matched = ['full_name', 'member_id'] as const;
    expect(checkVerification({ callerKind: 'representative', representativeId: 'RP-CURRENT', matched: [...matched] }, context)).toMatchObject({ representativeId: 'RP-CURRENT' });
    expect(() => checkVerification({ callerKind: 'representative', representativeId: 'RP-LAPSED', matched: [...matched] }, context)).toThrow(/Tom Ruiz's authority .* expired on 2026-01-10/);
    expect(() => checkVerification({ callerKind: 'representative', representativeId: 'RP-NOBODY', matched: [...matched] }, context)).toThrow('not on file');
  });

  it('needs the member open to verify a member, but not to record a prospect', () => {
    expect(() => checkVerification({ callerKind: 'member', matched: ['full_name', 'mbi'] }, { ...context, profile: null, rules: null })).toThrow('Open the member');
    expect(checkVerification({ callerKind: 'prospect', matched: [] }, { ...context, profile: null, rules: null })).toMatchObject({ callerKind: 'prospect' });
  });
});
