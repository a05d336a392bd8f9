import { describe, expect, it } from 'vitest';
import type { Verification } from '../../shared/calls/interaction';
import { VerifyCallerInputSchema, type VerifyCallerInput } from '../../shared/calls/interaction-requests';
import type { ClientRules } from '../../shared/domain/client-rules';
import { buildMemberProfile } from '../cache/test-fixtures/build-member-profile';
import { checkVerification, MAX_VERIFICATION_ATTEMPTS, type VerificationContext } from './check-verification';
import { compareAnswer } from './compare-answer';

const rules = { verification: { requiredMatches: 2, requiredMatchesForChanges: 3, accepted: ['full_name', 'date_of_birth', 'member_id', 'mbi', 'address', 'phone'] } } as ClientRules;
const base = buildMemberProfile();
const member = {
  ...base.member,
  firstName: 'José',
  middleInitial: 'J',
  lastName: 'García-López',
  dateOfBirth: '1951-03-14',
  phone: '+16512014477',
  address: { line1: '1207 Larkspur Bend', line2: null, city: 'Saint Paul', state: 'MN', zip: '55102-3301' },
};
const profile = {
  ...base,
  member,
  asOf: '2026-11-15',
  representatives: [
    { id: 'RP-CURRENT', name: 'Ana Ruiz', kind: 'appointed' as const, relationship: 'Daughter', document: 'CMS-1696 signed 2026-03-02', expiresOn: '2027-03-02' },
    { id: 'RP-LAPSED', name: 'Tom Ruiz', kind: 'appointed' as const, relationship: 'Son', document: 'CMS-1696 signed 2025-01-10', expiresOn: '2026-01-10' },
  ],
};
const context: VerificationContext = { rules, clientName: 'Cedar Valley Medicare', profile, at: new Date('2026-11-15T14:00:00.000Z'), previous: null, failedAttempts: 0 };
const check = (input: VerifyCallerInput, overrides: Partial<VerificationContext> = {}) => checkVerification(input, { ...context, ...overrides });

describe('comparing an answer with the record', () => {
  it.each([
    ['full_name', ['jose garcia-lopez', 'JOSÉ GARCÍA LÓPEZ', 'José J. García-López', 'García-López, José', ' jose  garcialopez ']],
    ['date_of_birth', ['1951-03-14', '3/14/1951', '03/14/1951', '3-14-1951']],
    ['member_id', [member.memberId.toLowerCase(), `${member.memberId.slice(0, 3)}-${member.memberId.slice(3)}`]],
    ['mbi', [member.mbi.toLowerCase(), `${member.mbi.slice(0, 4)}-${member.mbi.slice(4, 7)}-${member.mbi.slice(7)}`]],
    ['address', ['1207 Larkspur Bend, Saint Paul MN 55102', '1207 55102', '55102-3301, number 1207']],
    ['phone', ['(651) 201-4477', '651.201.4477', '+1 651 201 4477', '6512014477']],
  ] as const)('takes the %s however it is typed', (identifier, answers) => {
    for (const answer of answers) expect(compareAnswer(identifier, answer, member), answer).toBe(true);
  });

  it.each([
    ['full_name', ['José', 'Jose Garcia', 'Maria García-López', 'José X García-López']],
    ['date_of_birth', ['1951-14-03', '14/3/1951', '3/14/51', 'March 14', '1951-03-15']],
    ['member_id', [member.memberId.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10)), 'NSH']],
    ['mbi', [member.mbi.slice(0, 10), `${member.mbi}X`]],
    ['address', ['55102', '1207 Larkspur Bend', '1208 55102', '3301 55102']],
    ['phone', ['(651) 201-4478', '201-4477', 'call me']],
  ] as const)('refuses a wrong %s', (identifier, answers) => {
    for (const answer of answers) expect(compareAnswer(identifier, answer, member), answer).toBe(false);
  });

  it('needs only the ZIP when the street line has no number', () => {
    expect(compareAnswer('address', '55102', { ...member, address: { ...member.address, line1: 'Rural Route Larkspur' } })).toBe(true);
  });
});

describe('verifying the caller', () => {
  it('verifies the member once enough answers match, and says which did not, never the values', () => {
    const outcome = check({ callerKind: 'member', answers: { full_name: 'Jose Garcia Lopez', date_of_birth: '1/2/1950', mbi: member.mbi } });
    expect(outcome).toEqual({ verification: expect.objectContaining({ callerKind: 'member', method: 'rep', matched: ['full_name', 'mbi'] }), matched: ['full_name', 'mbi'], notMatched: ['date_of_birth'], isFailed: false });
    expect(JSON.stringify(outcome)).not.toContain(member.mbi);
    expect(JSON.stringify(outcome)).not.toContain('1951');
  });

  it('counts wrong answers as a failed attempt that verifies nothing, and locks after three', () => {
    const wrong = { callerKind: 'member' as const, answers: { full_name: 'José García-López', date_of_birth: '3/15/1951' } };
    expect(check(wrong)).toEqual({ verification: null, matched: ['full_name'], notMatched: ['date_of_birth'], isFailed: true });
    expect(() => check({ callerKind: 'member', answers: { full_name: 'José García-López', date_of_birth: '3/14/1951' } }, { failedAttempts: MAX_VERIFICATION_ATTEMPTS })).toThrow(
      expect.objectContaining({ code: 'VERIFICATION_REQUIRED', message: expect.stringContaining('locked for this call after 3 failed attempts') }),
    );
  });

  it('asks for enough answers before comparing (no attempt is spent), and keeps earlier matches for the same caller', () => {
    expect(() => check({ callerKind: 'member', answers: { full_name: 'José García-López' } })).toThrow(
      expect.objectContaining({ code: 'VERIFICATION_REQUIRED', message: "Cedar Valley Medicare needs 2 identifiers to match before anything beyond the name is disclosed: type at least 2 of the caller's answers." }),
    );
    const previous: Verification = { callerKind: 'member', representativeId: null, matched: ['full_name', 'date_of_birth'], method: 'rep', at: context.at.toISOString() };
    expect(check({ callerKind: 'member', answers: { phone: '651-201-4477' } }, { previous })).toMatchObject({ verification: { matched: ['full_name', 'date_of_birth', 'phone'] }, isFailed: false });
    expect(check({ callerKind: 'member', answers: { phone: '651-201-0000' } }, { previous })).toMatchObject({ verification: { matched: ['full_name', 'date_of_birth'] }, notMatched: ['phone'], isFailed: true });
  });

  it('refuses identifiers the client does not accept', () => {
    const strict = { verification: { ...rules.verification, accepted: ['full_name', 'date_of_birth'] } } as ClientRules;
    expect(() => check({ callerKind: 'member', answers: { full_name: 'José García-López', phone: '6512014477' } }, { rules: strict })).toThrow('does not accept the phone number');
  });

  it('takes a representative only when on file and not expired, with the answers about the member', () => {
    const answers = { full_name: 'José García-López', member_id: member.memberId };
    expect(check({ callerKind: 'representative', representativeId: 'RP-CURRENT', answers })).toMatchObject({ verification: { representativeId: 'RP-CURRENT' } });
    expect(() => check({ callerKind: 'representative', representativeId: 'RP-LAPSED', answers })).toThrow(/Tom Ruiz's authority .* expired on 2026-01-10/);
    expect(() => check({ callerKind: 'representative', representativeId: 'RP-NOBODY', answers })).toThrow('not on file');
  });

  it('needs the member open to verify a member, but not to record a prospect', () => {
    expect(() => check({ callerKind: 'member', answers: { full_name: 'x', mbi: 'y' } }, { profile: null, rules: null })).toThrow('Open the member');
    expect(check({ callerKind: 'prospect', answers: {} }, { profile: null, rules: null })).toMatchObject({ verification: { callerKind: 'prospect' } });
  });
});

describe('the answers a screen may send', () => {
  it('trims each answer, caps it at 100 characters, and wants answers for the member or a representative only', () => {
    expect(VerifyCallerInputSchema.parse({ callerKind: 'member', answers: { full_name: '  José  ' } }).answers).toEqual({ full_name: 'José' });
    expect(VerifyCallerInputSchema.safeParse({ callerKind: 'member', answers: { full_name: 'x'.repeat(101) } }).success).toBe(false);
    expect(VerifyCallerInputSchema.safeParse({ callerKind: 'member', answers: { full_name: '   ' } }).success).toBe(false);
    expect(VerifyCallerInputSchema.safeParse({ callerKind: 'member', answers: {} }).success).toBe(false);
    expect(VerifyCallerInputSchema.safeParse({ callerKind: 'member', answers: { ssn: '123' } }).success).toBe(false);
    expect(VerifyCallerInputSchema.safeParse({ callerKind: 'caregiver', answers: { full_name: 'José' } }).success).toBe(false);
  });
});
