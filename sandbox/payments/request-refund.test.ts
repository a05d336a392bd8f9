import { describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../shared/api/routes';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { ApprovalSchema, ChangeResultSchema } from '../../shared/domain/participation-changes';
import { findClientRules } from '../seed/client-catalog';
import { requestJson } from '../testing/request-json';
import { useWriteSandbox } from '../testing/use-write-sandbox';

const sandbox = useWriteSandbox(400);
const MEMBER = { kind: 'member' } as const;
const thresholdOf = (p: MemberProfile) => findClientRules(p.client.id)!.refundApprovalThresholdCents;
const check = (amountCents: number) => ({ kind: 'member_refund', amountCents, destination: { type: 'check' }, authorizedBy: MEMBER });
const premium = (amountCents: number) => ({ kind: 'premium_transfer', amountCents, premiumPeriod: '2026-12', authorizedBy: MEMBER });
const pharmacy = (amountCents: number, pharmacyNpi = '1234567893') => ({ kind: 'pharmacy_transfer', amountCents, pharmacyNpi, claimReference: 'RX-4471-0093', authorizedBy: MEMBER });

async function expectRefused(memberId: string, body: unknown, status: number, code: string): Promise<void> {
  const before = await sandbox.calls.profile(sandbox.rep, memberId);
  const answer = await sandbox.calls.change(sandbox.rep, 'refund', memberId, body);
  const error = ApiErrorSchema.parse(answer.body).error;
  expect([answer.status, error.code], error.message).toEqual([status, code]);
  expect((await sandbox.calls.profile(sandbox.rep, memberId)).text).toBe(before.text);
}

describe('resolving an overpayment', () => {
  it('refunds, transfers to the premium and to a pharmacy, each taking its amount off the overpayment at once', async () => {
    const member = sandbox.pick((p) => p.payments.overpaymentCents > 3 * 1_000 && thresholdOf(p) >= 1_000);
    const { memberId } = member.member;
    const method = member.payments.methods[0];
    let overpaid = member.payments.overpaymentCents;
    const bodies = [check(1_000), premium(1_000), pharmacy(1_000), ...(method ? [{ ...check(1), destination: { type: 'original_method', methodId: method.id } }] : [])];
    for (const body of bodies) {
      const result = ChangeResultSchema.parse((await sandbox.calls.change(sandbox.rep, 'refund', memberId, body)).body);
      expect(result).toMatchObject({ status: 'completed', approvalId: null, confirmationNumber: expect.stringMatching(/^RFD-/) });
      overpaid -= body.amountCents;
      expect(result.profile.payments.overpaymentCents).toBe(overpaid);
      expect(result.profile.refunds[0]).toMatchObject({ requestedOn: '2026-11-15', kind: body.kind, amountCents: body.amountCents, status: 'requested', confirmationNumber: result.confirmationNumber });
      expect(result.profile.contacts.find((c) => c.confirmationNumber === result.confirmationNumber)?.reason).toBe('Refund request');
    }
    const destinations = (await sandbox.calls.profile(sandbox.rep, memberId)).body as MemberProfile;
    expect(destinations.refunds.slice(0, 3).map((r) => r.destination).reverse()).toEqual(
      method ? ['Premium account, December 2026', 'Pharmacy NPI 1234567893, claim RX-4471-0093', `Back to ${method.brand} •••• ${method.last4}`]
        : ['Check to address on file', 'Premium account, December 2026', 'Pharmacy NPI 1234567893, claim RX-4471-0093'],
    );
  });

  it('saves a refund above the client’s threshold pending a team lead’s approval, which the lead sees', async () => {
    const member = sandbox.pick((p) => p.payments.overpaymentCents > thresholdOf(p));
    const amount = thresholdOf(member) + 1;
    const result = ChangeResultSchema.parse((await sandbox.calls.change(sandbox.rep, 'refund', member.member.memberId, check(amount))).body);
    expect(result).toMatchObject({ status: 'pending_approval', approvalId: expect.stringMatching(/^APR-/) });
    expect(result.profile.refunds[0]).toMatchObject({ amountCents: amount, status: 'pending_approval' });
    expect(result.profile.payments.overpaymentCents).toBe(member.payments.overpaymentCents - amount);
    const lead = await sandbox.calls.signIn('lead1');
    const approvals = (await requestJson(sandbox.test.sandbox.url, '/v1/approvals', { token: lead })).body as { approvals: unknown[] };
    const approval = approvals.approvals.map((a) => ApprovalSchema.parse(a)).find((a) => a.id === result.approvalId);
    expect(approval).toMatchObject({ kind: 'refund', status: 'pending', memberId: member.member.memberId, amountCents: amount, refundKind: 'member_refund', effectiveOn: null, confirmationNumber: result.confirmationNumber });
    expect(approval?.reason).toMatch(/above the \$\d+\.\d\d limit/);
  });

  it('refuses more than the overpayment, members with none, a mistyped NPI and an unknown method, changing nothing', async () => {
    const member = sandbox.pick((p) => p.payments.overpaymentCents > 0);
    const { memberId } = member.member;
    await expectRefused(memberId, check(member.payments.overpaymentCents + 1), 422, 'AMOUNT_EXCEEDS_OVERPAYMENT');
    await expectRefused(memberId, pharmacy(100, '1234567890'), 422, 'INVALID_NPI');
    await expectRefused(memberId, { ...check(100), destination: { type: 'original_method', methodId: 'PMT-NOSUCHMETHOD' } }, 422, 'METHOD_NOT_FOUND');
    for (const body of [check(0), check(-100), check(12.5), premium(100), pharmacy(100, '12345')].map((b, i) => (i === 3 ? { ...b, premiumPeriod: '2026-13' } : b))) {
      await expectRefused(memberId, body, 400, 'INVALID_INPUT');
    }
    await expectRefused(memberId, { ...pharmacy(100), claimReference: 'x' }, 400, 'INVALID_INPUT');
    await expectRefused(memberId, { ...check(100), kind: 'gift_card' }, 400, 'INVALID_INPUT');
    const none = sandbox.pick((p) => p.payments.overpaymentCents === 0);
    await expectRefused(none.member.memberId, check(100), 409, 'NO_OVERPAYMENT');
  });
});
