import { describe, expect, it } from 'vitest';
import { ApiErrorSchema, apiRoutes } from '../../shared/api/routes';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { ChangeResultSchema } from '../../shared/domain/participation-changes';
import { ConfirmationNumberSchema } from '../../shared/domain/primitives';
import { isoDates } from '../calendar/iso-dates';
import { openDatabase } from '../database/open-database';
import { backdateRequest as backdate, optInRequest as optIn, optOutRequest, TEST_AS_OF as AS_OF } from '../testing/change-requests';
import { isEligibleAt, isMovableActiveAt } from '../testing/pick-members';
import { requestJson } from '../testing/request-json';
import { useWriteSandbox } from '../testing/use-write-sandbox';

const sandbox = useWriteSandbox(1000);
const eligibleBothYears = (clientId: string) => (p: MemberProfile) => isEligibleAt(clientId, 2026)(p) && isEligibleAt(clientId, 2027)(p);
const optOut = (reasonCode: string) => optOutRequest({ reasonCode, note: 'Daughter pays her pharmacy bills now.' });
// Members picked by situation; one a test changes no longer fits, so the next test gets another.
const pick = (isWanted: (p: MemberProfile) => boolean) => sandbox.pick(isWanted);

async function changed(kind: 'optIn' | 'optOut' | 'backdate', memberId: string, body: unknown) {
  const answer = await sandbox.calls.change(sandbox.rep, kind, memberId, body);
  expect(answer.status, answer.text).toBe(200);
  return ChangeResultSchema.parse(answer.body);
}

describe('optInMember', () => {
  it('opts an eligible member in from today, records who acted on whose authority, and bills from this month', async () => {
    const member = pick(isEligibleAt('northstar', 2026));
    const result = await changed('optIn', member.member.memberId, optIn());
    expect(result).toMatchObject({ status: 'completed', approvalId: null });
    const { participation, billing } = result.profile;
    expect(participation).toMatchObject({ status: 'active', planYear: 2026, effectiveOn: AS_OF, endsOn: null, optInChannel: 'phone', confirmationNumber: result.confirmationNumber });
    expect(participation.history[0]).toMatchObject({
      kind: 'opt_in_approved', occurredOn: AS_OF, effectiveOn: AS_OF, confirmationNumber: result.confirmationNumber,
      actor: 'Rep Jordan Alvarez', actorId: 'rep1', authorizedBy: 'Member', note: null,
    });
    expect(participation.optInEligibility.find((e) => e.planYear === 2026)?.code).toBe('ALREADY_PARTICIPATING');
    expect(billing).toMatchObject({ planYear: 2026, optInMonth: 11 });
    expect((await sandbox.calls.profile(sandbox.rep, member.member.memberId)).body).toEqual(result.profile);
  });

  it('dates an urgent pharmacy request from the visit at Northstar, from processing at Cedar Valley', async () => {
    const visit = isoDates.addDays(AS_OF, -3);
    const north = pick(isEligibleAt('northstar', 2026));
    const cedar = pick(isEligibleAt('cedar-valley', 2026));
    const urgent = optIn({ channel: 'point_of_sale', requestedOn: visit });
    const atNorth = await changed('optIn', north.member.memberId, urgent);
    const atCedar = await changed('optIn', cedar.member.memberId, urgent);
    expect(atNorth.profile.participation.effectiveOn).toBe(visit);
    expect(atCedar.profile.participation.effectiveOn).toBe(AS_OF);
    expect(atNorth.profile.participation.history[0]).toMatchObject({ reasonCode: 'POS-URGENT', channel: 'point_of_sale' });
  });

  it("takes a representative's authority when it is on file and current, and names them in the history", async () => {
    const member = pick((p) => isEligibleAt('northstar', 2026)(p) && p.representatives.some((r) => r.expiresOn === null || r.expiresOn > AS_OF));
    const representative = member.representatives.find((r) => r.expiresOn === null || r.expiresOn > AS_OF)!;
    const result = await changed('optIn', member.member.memberId, optIn({ authorizedBy: { kind: 'representative', representativeId: representative.id } }));
    const kind = representative.kind === 'appointed' ? 'appointed representative' : 'personal representative';
    expect(result.profile.participation.history[0]?.authorizedBy).toBe(`${representative.name} (${kind})`);
  });

  it('opts in for next year from January 1, and the profile still reads with no threshold configured for it', async () => {
    const member = pick((p) => isEligibleAt('northstar', 2027)(p) && p.participation.status === 'not_enrolled' && p.billing === null);
    const result = await changed('optIn', member.member.memberId, optIn({ planYear: 2027 }));
    expect(result.profile.participation).toMatchObject({ status: 'active', planYear: 2027, effectiveOn: '2027-01-01' });
    expect(result.profile.billing).toBeNull();
    expect((await sandbox.calls.profile(sandbox.rep, member.member.memberId)).status).toBe(200);
  });

  it("keeps billing this year's balance after a member who left this year opts in for next year", async () => {
    const member = pick((p) => isEligibleAt('northstar', 2027)(p) && p.participation.terminationReason === 'voluntary' && p.billing !== null);
    const result = await changed('optIn', member.member.memberId, optIn({ planYear: 2027 }));
    expect(result.profile.participation).toMatchObject({ planYear: 2027, effectiveOn: '2027-01-01' });
    expect(result.profile.billing).toEqual(member.billing);
  });
});

describe('the same action at two clients', () => {
  it('accepts CAREGIVER_REQUEST at Northstar and refuses it at Cedar Valley, which does not use it', async () => {
    const north = pick(isMovableActiveAt('northstar'));
    const cedar = pick(isMovableActiveAt('cedar-valley'));
    const done = await changed('optOut', north.member.memberId, optOut('CAREGIVER_REQUEST'));
    expect(done.profile.participation).toMatchObject({ status: 'terminated', endsOn: AS_OF, terminationReason: 'voluntary' });
    expect(done.profile.participation.history.slice(0, 2)).toMatchObject([
      { kind: 'terminated', reasonCode: 'TRM-VOLUNTARY', effectiveOn: AS_OF, confirmationNumber: done.confirmationNumber },
      { kind: 'opt_out_requested', reasonCode: 'CAREGIVER_REQUEST', note: 'Daughter pays her pharmacy bills now.', actorId: 'rep1', authorizedBy: 'Member' },
    ]);
    expect(done.profile.billing?.planYear).toBe(2026);
    const before = await sandbox.calls.profile(sandbox.rep, cedar.member.memberId);
    const refused = await sandbox.calls.change(sandbox.rep, 'optOut', cedar.member.memberId, optOut('CAREGIVER_REQUEST'));
    expect(refused.status).toBe(422);
    expect(ApiErrorSchema.parse(refused.body).error.code).toBe('UNKNOWN_REASON_CODE');
    expect((await sandbox.calls.profile(sandbox.rep, cedar.member.memberId)).text).toBe(before.text);
  });

  it('applies a 20-day back-date at once at Northstar (30-day window) and sends it for approval at Cedar Valley (14)', async () => {
    const newDate = isoDates.addDays(AS_OF, -20);
    const north = pick(isEligibleAt('northstar', 2026));
    const cedar = pick(isEligibleAt('cedar-valley', 2026));
    for (const member of [north, cedar]) await changed('optIn', member.member.memberId, optIn());
    const applied = await changed('backdate', north.member.memberId, backdate(newDate));
    expect(applied).toMatchObject({ status: 'completed', approvalId: null });
    expect(applied.profile.participation.effectiveOn).toBe(newDate);
    expect(applied.profile.participation.history[0]).toMatchObject({ kind: 'effective_date_changed', effectiveOn: newDate, note: backdate(newDate).reason });
    expect(applied.profile.billing?.optInMonth).toBe(10);
    const pending = await changed('backdate', cedar.member.memberId, backdate(newDate));
    expect(pending.status).toBe('pending_approval');
    expect(ConfirmationNumberSchema.safeParse(pending.confirmationNumber).success).toBe(true);
    const { participation } = pending.profile;
    expect(participation.effectiveOn).toBe(AS_OF);
    expect(participation.pendingEffectiveDate).toEqual({ effectiveOn: newDate, requestedOn: AS_OF, approvalId: pending.approvalId, confirmationNumber: pending.confirmationNumber });
    expect(participation.history[0]).toMatchObject({ kind: 'effective_date_change_pending', effectiveOn: newDate, actorId: 'rep1' });
    const again = await sandbox.calls.change(sandbox.rep, 'backdate', cedar.member.memberId, backdate(isoDates.addDays(AS_OF, -2)));
    expect([again.status, ApiErrorSchema.parse(again.body).error.code]).toEqual([409, 'APPROVAL_ALREADY_PENDING']);
  });

  it('queues back-dates beyond the window for team leads, oldest first', async () => {
    // Covered since before September, so the earliest allowed date is well beyond Northstar's 30 days.
    const north = pick((p) => isMovableActiveAt('northstar')(p) && p.member.eligibility.partDEffectiveOn < '2026-09-01');
    const queued = await changed('backdate', north.member.memberId, backdate(isoDates.max('2026-01-01', north.member.eligibility.partDEffectiveOn)));
    expect(queued.status).toBe('pending_approval');
    const lead = await sandbox.calls.signIn('lead1');
    const { approvals } = apiRoutes.listApprovals.response.parse((await requestJson(sandbox.test.sandbox.url, '/v1/approvals', { token: lead })).body);
    expect(approvals.map((a) => a.clientId)).toEqual(['cedar-valley', 'northstar']);
    expect(approvals[1]).toMatchObject({ id: queued.approvalId, memberId: north.member.memberId, confirmationNumber: queued.confirmationNumber, status: 'pending' });
  });
});

describe('changes when the member has a next-year opt-in or a back-date waiting', () => {
  it('back-dates the 2026 effective date of a member active in 2026 who also opted in for 2027', async () => {
    const member = pick(eligibleBothYears('northstar'));
    const { memberId } = member.member;
    await changed('optIn', memberId, optIn({ planYear: 2027 }));
    await changed('optIn', memberId, optIn());
    const newDate = isoDates.addDays(AS_OF, -20);
    const applied = await changed('backdate', memberId, backdate(newDate));
    expect(applied).toMatchObject({ status: 'completed', approvalId: null });
    expect(applied.profile.participation.history[0]).toMatchObject({ kind: 'effective_date_changed', planYear: 2026, effectiveOn: newDate });
    expect(applied.profile.participation).toMatchObject({ planYear: 2027, effectiveOn: '2027-01-01' });
    expect(applied.profile.billing).toMatchObject({ planYear: 2026, optInMonth: 10 });
  });

  it('withdraws a back-date waiting for a team lead when the member opts out', async () => {
    const member = pick((p) => isMovableActiveAt('cedar-valley')(p) && p.member.eligibility.partDEffectiveOn < '2026-09-01');
    const { memberId } = member.member;
    const queued = await changed('backdate', memberId, backdate(isoDates.max('2026-01-01', member.member.eligibility.partDEffectiveOn)));
    expect(queued.status).toBe('pending_approval');
    const done = await changed('optOut', memberId, optOutRequest());
    expect(done.profile.participation).toMatchObject({ status: 'terminated', pendingEffectiveDate: null });
    expect((await sandbox.calls.profile(sandbox.rep, memberId)).body).toEqual(done.profile);
    const lead = await sandbox.calls.signIn('lead1');
    const { approvals } = apiRoutes.listApprovals.response.parse((await requestJson(sandbox.test.sandbox.url, '/v1/approvals', { token: lead })).body);
    expect(approvals.map((a) => a.id)).not.toContain(queued.approvalId);
    const db = openDatabase(sandbox.test.sandbox.dbPath, { purpose: 'inspect' });
    try {
      const stored = db.prepare<[string], { status: string; reason: string }>('SELECT status, reason FROM approvals WHERE id = ?').get(queued.approvalId!);
      expect(stored).toEqual({ status: 'rejected', reason: backdate('').reason });
    } finally {
      db.close();
    }
  });
});
