import { describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../shared/api/routes';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { isoDates } from '../calendar/iso-dates';
import { backdateRequest as backdate, optInRequest as optIn, optOutRequest as optOut, TEST_AS_OF as AS_OF } from '../testing/change-requests';
import { isEligibleAt, isMovableActiveAt } from '../testing/pick-members';
import { useWriteSandbox } from '../testing/use-write-sandbox';

type Kind = 'optIn' | 'optOut' | 'backdate';
const sandbox = useWriteSandbox(1000);
const codeOf = (eligibility: MemberProfile['participation']['optInEligibility'], year = 2026) => eligibility.find((e) => e.planYear === year)?.code;
const pick = (isWanted: (p: MemberProfile) => boolean) => sandbox.pick(isWanted);

/** Sends the change and checks the answer and that the member's record reads byte for byte as before. */
async function expectRefused(memberId: string, kind: Kind, body: unknown, status: number, code: string): Promise<string> {
  const before = await sandbox.calls.profile(sandbox.rep, memberId);
  const answer = await sandbox.calls.change(sandbox.rep, kind, memberId, body);
  const error = ApiErrorSchema.parse(answer.body).error;
  expect([answer.status, error.code], error.message).toEqual([status, code]);
  expect(error.message).not.toContain(memberId);
  expect((await sandbox.calls.profile(sandbox.rep, memberId)).text).toBe(before.text);
  return error.message;
}

describe('refused changes leave the record untouched', () => {
  it('refuses back-dates that are not earlier, in the future, before the plan year or before Part D', async () => {
    const active = pick(isMovableActiveAt('northstar'));
    const { memberId } = active.member;
    const current = active.participation.effectiveOn!;
    await expectRefused(memberId, 'backdate', backdate(isoDates.addDays(AS_OF, 1)), 422, 'EFFECTIVE_DATE_IN_FUTURE');
    await expectRefused(memberId, 'backdate', backdate(current), 422, 'NOT_EARLIER');
    await expectRefused(memberId, 'backdate', backdate('2025-12-31'), 422, 'BEFORE_PLAN_YEAR');
    const lateCoverage = pick((p) => isMovableActiveAt('northstar')(p) && p.member.eligibility.partDEffectiveOn > '2026-01-01');
    const start = lateCoverage.member.eligibility.partDEffectiveOn;
    expect(await expectRefused(lateCoverage.member.memberId, 'backdate', backdate(isoDates.addDays(start, -1)), 422, 'BEFORE_PART_D_START')).toContain('Part D');
  });

  it('refuses changes without an authority, or on a representative not on file or expired', async () => {
    const { member, representatives } = pick((p) => isMovableActiveAt('northstar')(p) && p.representatives.some((r) => r.expiresOn !== null && r.expiresOn <= AS_OF));
    const expired = representatives.find((r) => r.expiresOn !== null && r.expiresOn <= AS_OF)!;
    const { authorizedBy: _omitted, ...unauthorised } = optOut();
    expect(await expectRefused(member.memberId, 'optOut', unauthorised, 400, 'INVALID_INPUT')).toBe('Missing authorizedBy.');
    await expectRefused(member.memberId, 'optOut', optOut({ authorizedBy: { kind: 'representative', representativeId: 'RP-NOBODY' } }), 422, 'REPRESENTATIVE_NOT_ON_FILE');
    expect(await expectRefused(member.memberId, 'optOut', optOut({ authorizedBy: { kind: 'representative', representativeId: expired.id } }), 422, 'REPRESENTATIVE_NOT_ON_FILE'))
      .toMatch(/expired/);
  });

  it('refuses opt-outs with a request date in the future, an unknown or malformed reason, or a card number in the note', async () => {
    const { member } = pick(isMovableActiveAt('northstar'));
    await expectRefused(member.memberId, 'optOut', optOut({ requestedOn: isoDates.addDays(AS_OF, 1) }), 422, 'REQUEST_DATE_IN_FUTURE');
    await expectRefused(member.memberId, 'optOut', optOut({ reasonCode: 'NOPE' }), 422, 'UNKNOWN_REASON_CODE');
    await expectRefused(member.memberId, 'optOut', optOut({ reasonCode: 'cost' }), 400, 'INVALID_INPUT');
    await expectRefused(member.memberId, 'optOut', optOut({ note: 'Card 4111 1111 1111 1111' }), 400, 'INVALID_INPUT');
  });

  it('refuses opt-ins for years not open, for members already in, without Part D, or precluded by an old balance', async () => {
    const eligible = pick(isEligibleAt('northstar', 2026));
    await expectRefused(eligible.member.memberId, 'optIn', optIn({ planYear: 2028 }), 422, 'PLAN_YEAR_NOT_OPEN');
    await expectRefused(eligible.member.memberId, 'optIn', optIn({ planYear: 2025 }), 422, 'PLAN_YEAR_NOT_OPEN');
    await expectRefused(eligible.member.memberId, 'optIn', optIn({ requestedOn: '2026-12-01' }), 422, 'REQUEST_DATE_IN_FUTURE');
    await expectRefused(eligible.member.memberId, 'optIn', optIn({ channel: 'point_of_sale', requestedOn: '2025-12-30' }), 422, 'BEFORE_PLAN_YEAR');
    const newlyCovered = pick((p) => isEligibleAt('northstar', 2026)(p) && p.member.eligibility.partDEffectiveOn > '2026-01-02');
    const visit = isoDates.addDays(newlyCovered.member.eligibility.partDEffectiveOn, -1);
    await expectRefused(newlyCovered.member.memberId, 'optIn', optIn({ channel: 'point_of_sale', requestedOn: visit }), 422, 'BEFORE_PART_D_START');
    await expectRefused(pick(isMovableActiveAt('northstar')).member.memberId, 'optIn', optIn(), 409, 'ALREADY_PARTICIPATING');
    const noPartD = pick((p) => codeOf(p.participation.optInEligibility) === 'NO_ACTIVE_PART_D');
    expect(await expectRefused(noPartD.member.memberId, 'optIn', optIn(), 409, 'NO_ACTIVE_PART_D')).toBe(noPartD.participation.optInEligibility[0]?.message);
    const precluded = pick((p) => codeOf(p.participation.optInEligibility) === 'PRECLUDED_UNPAID_BALANCE');
    await expectRefused(precluded.member.memberId, 'optIn', optIn(), 409, 'PRECLUDED_UNPAID_BALANCE');
  });

  it('refuses opt-outs and back-dates for members who do not participate', async () => {
    const { member } = pick((p) => p.participation.status === 'not_enrolled');
    await expectRefused(member.memberId, 'optOut', optOut(), 409, 'NOT_PARTICIPATING');
    await expectRefused(member.memberId, 'backdate', backdate(isoDates.addDays(AS_OF, -3)), 409, 'NOT_PARTICIPATING');
  });
});
