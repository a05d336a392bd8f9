import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ProcessorTokenResultSchema } from '../../shared/api/processor-routes';
import { ApiErrorSchema } from '../../shared/api/routes';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { ChangeResultSchema } from '../../shared/domain/participation-changes';
import { bankDetails, cardDetails, paymentRequest, TEST_AS_OF as AS_OF } from '../testing/change-requests';
import { requestJson } from '../testing/request-json';
import { useWriteSandbox } from '../testing/use-write-sandbox';

const sandbox = useWriteSandbox(400);
const used = new Set<string>();

/** A member no other test here has used, who fits. */
function fresh(isWanted: (p: MemberProfile) => boolean): MemberProfile {
  const profile = sandbox.pick((p) => !used.has(p.member.memberId) && isWanted(p));
  used.add(profile.member.memberId);
  return profile;
}

const owes = (p: MemberProfile) => p.participation.planYear === 2026 && (p.billing?.balanceDueCents ?? 0) > 0 && !p.payments.autopay.isEnrolled;
const goodMethod = (p: MemberProfile) =>
  p.payments.methods.find((m) => m.kind === 'bank' || (m.expYear !== null && m.expMonth !== null && `${m.expYear}-${String(m.expMonth).padStart(2, '0')}` >= AS_OF.slice(0, 7)));
const profileOf = async (memberId: string) => (await sandbox.calls.profile(sandbox.rep, memberId)).body as MemberProfile;

async function expectRefused(memberId: string, body: unknown, status: number, code: string): Promise<void> {
  const before = await sandbox.calls.profile(sandbox.rep, memberId);
  const answer = await sandbox.calls.change(sandbox.rep, 'pay', memberId, body);
  const error = ApiErrorSchema.parse(answer.body).error;
  expect([answer.status, error.code], error.message).toEqual([status, code]);
  expect((await sandbox.calls.profile(sandbox.rep, memberId)).text).toBe(before.text);
}

/** Tokenises test details at the processor stand-in and saves them on the member; returns the new method's id. */
async function saveMethod(memberId: string, details: unknown): Promise<string> {
  const tokenised = await requestJson(sandbox.test.sandbox.processorUrl, '/v1/tokens', { json: details });
  const { token } = ProcessorTokenResultSchema.parse(tokenised.body);
  const saved = await sandbox.calls.change(sandbox.rep, 'addMethod', memberId, { token, makeDefault: false, authorizedBy: { kind: 'member' } });
  const methods = ChangeResultSchema.parse(saved.body).profile.payments.methods;
  return methods.at(-1)!.id;
}

describe('taking a payment', () => {
  it('posts it to the oldest unpaid bill first, and answers the record with the balance already lower', async () => {
    const member = fresh((p) => owes(p) && goodMethod(p) !== undefined);
    const { memberId } = member.member;
    const oldestUnpaid = member.billing!.bills.find((b) => b.status !== 'projected' && b.paidCents < b.billCents)!;
    const answer = await sandbox.calls.change(sandbox.rep, 'pay', memberId, paymentRequest(100, goodMethod(member)!.id));
    const result = ChangeResultSchema.parse(answer.body);
    expect(result).toMatchObject({ status: 'completed', approvalId: null, confirmationNumber: expect.stringMatching(/^PAY-/) });
    const after = result.profile;
    expect(after.billing?.balanceDueCents).toBe(member.billing!.balanceDueCents - 100);
    expect(after.billing?.bills.find((b) => b.month === oldestUnpaid.month)?.paidCents).toBe(oldestUnpaid.paidCents + 100);
    for (const bill of after.billing!.bills.filter((b) => b.month > oldestUnpaid.month)) {
      expect(bill.paidCents).toBe(member.billing!.bills.find((b) => b.month === bill.month)?.paidCents);
    }
    expect(after.payments.history[0]).toMatchObject({ postedOn: AS_OF, amountCents: 100, source: 'phone', status: 'posted', confirmationNumber: result.confirmationNumber });
    expect(after.contacts.find((c) => c.confirmationNumber === result.confirmationNumber)).toMatchObject({ reason: 'Payment taken by phone', agentName: 'Jordan Alvarez' });
    expect(await profileOf(memberId)).toEqual(after);
  });

  it('pays the whole balance due: every issued bill paid, nothing left due', async () => {
    const member = fresh((p) => owes(p) && goodMethod(p) !== undefined);
    const answer = await sandbox.calls.change(sandbox.rep, 'pay', member.member.memberId, paymentRequest(member.billing!.balanceDueCents, goodMethod(member)!.id));
    const billing = ChangeResultSchema.parse(answer.body).profile.billing!;
    expect(billing.balanceDueCents).toBe(0);
    expect(billing.bills.filter((b) => b.status !== 'projected').every((b) => b.status === 'paid' && b.noticeOn === null && b.graceEndsOn === null)).toBe(true);
  });

  it('charges once however often the same action is sent, and refuses the key for another amount', async () => {
    const member = fresh((p) => owes(p) && goodMethod(p) !== undefined);
    const { memberId } = member.member;
    const key = randomUUID();
    const body = paymentRequest(250, goodMethod(member)!.id);
    const first = await sandbox.calls.change(sandbox.rep, 'pay', memberId, body, key);
    const again = await sandbox.calls.change(sandbox.rep, 'pay', memberId, body, key);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    const other = await sandbox.calls.change(sandbox.rep, 'pay', memberId, { ...body, amountCents: 300 }, key);
    expect([other.status, ApiErrorSchema.parse(other.body).error.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    const after = await profileOf(memberId);
    expect(after.payments.history.length).toBe(member.payments.history.length + 1);
    expect(after.billing?.balanceDueCents).toBe(member.billing!.balanceDueCents - 250);
  });
});

describe('declines', () => {
  it.each([
    ['card 4000000000009995', 'DECLINED_INSUFFICIENT_FUNDS', cardDetails('4000000000009995')],
    ['card 4000000000000069', 'DECLINED_EXPIRED_CARD', cardDetails('4000000000000069')],
    ['card 4000000000000002', 'DECLINED_DO_NOT_HONOR', cardDetails('4000000000000002')],
    ['bank account 000111111116', 'DECLINED_CLOSED_ACCOUNT', bankDetails('000111111116')],
    ['bank account 000222222227', 'DECLINED_INSUFFICIENT_FUNDS', bankDetails('000222222227')],
  ])('declines %s with 402 %s, charges nothing, and declines a retry of it the same way', async (_name, code, details) => {
    const member = fresh(owes);
    const { memberId } = member.member;
    const methodId = await saveMethod(memberId, details);
    const before = await sandbox.calls.profile(sandbox.rep, memberId);
    const key = randomUUID();
    const answer = await sandbox.calls.change(sandbox.rep, 'pay', memberId, paymentRequest(500, methodId), key);
    expect([answer.status, ApiErrorSchema.parse(answer.body).error.code]).toEqual([402, code]);
    expect(ApiErrorSchema.parse(answer.body).error.message).toMatch(/Nothing was charged/);
    const retry = await sandbox.calls.change(sandbox.rep, 'pay', memberId, paymentRequest(500, methodId), key);
    expect([retry.status, retry.text, retry.headers.get('idempotent-replayed')]).toEqual([402, answer.text, 'true']);
    expect((await sandbox.calls.profile(sandbox.rep, memberId)).text).toBe(before.text);
  });

  it('declines a seeded card that expired before the business date, and approves one that did not', async () => {
    const member = fresh((p) => owes(p) && p.payments.methods.some((m) => m.kind === 'card' && m.expYear !== null && m.expYear < 2026));
    const expired = member.payments.methods.find((m) => m.kind === 'card' && m.expYear !== null && m.expYear < 2026)!;
    await expectRefused(member.member.memberId, paymentRequest(100, expired.id), 402, 'DECLINED_EXPIRED_CARD');
    const approves = await saveMethod(member.member.memberId, cardDetails('6011111111111117'));
    expect((await sandbox.calls.change(sandbox.rep, 'pay', member.member.memberId, paymentRequest(100, approves))).status).toBe(200);
  });
});

describe('refused payments change nothing', () => {
  it('refuses amounts over the full balance, and members who owe nothing', async () => {
    const member = fresh((p) => owes(p) && goodMethod(p) !== undefined);
    const methodId = goodMethod(member)!.id;
    await expectRefused(member.member.memberId, paymentRequest(member.billing!.fullBalanceCents + 1, methodId), 422, 'AMOUNT_EXCEEDS_BALANCE');
    const clear = fresh((p) => (p.billing?.fullBalanceCents ?? 0) === 0 && goodMethod(p) !== undefined);
    await expectRefused(clear.member.memberId, paymentRequest(100, goodMethod(clear)!.id), 409, 'NO_BALANCE_DUE');
  });

  it('refuses bad amounts, unknown methods and another member’s method, with the contract’s codes', async () => {
    const member = fresh((p) => owes(p) && goodMethod(p) !== undefined);
    const other = fresh((p) => p.payments.methods.length > 0);
    const { memberId } = member.member;
    const methodId = goodMethod(member)!.id;
    for (const amountCents of [0, -500, 10.5, 10_000_001, '100']) await expectRefused(memberId, paymentRequest(100, methodId, { amountCents }), 400, 'INVALID_INPUT');
    await expectRefused(memberId, paymentRequest(100, methodId, { amountChoice: 'tip' }), 400, 'INVALID_INPUT');
    await expectRefused(memberId, { ...paymentRequest(100, methodId), cardNumber: '4242424242424242' }, 400, 'INVALID_INPUT');
    await expectRefused(memberId, paymentRequest(100, 'PMT-NOSUCHMETHOD'), 422, 'METHOD_NOT_FOUND');
    await expectRefused(memberId, paymentRequest(100, other.payments.methods[0]!.id), 422, 'METHOD_NOT_FOUND');
    await expectRefused(memberId, paymentRequest(100, methodId, { authorizedBy: { kind: 'representative', representativeId: 'RP-NOBODY' } }), 422, 'REPRESENTATIVE_NOT_ON_FILE');
  });

  it('answers 404 for an unknown member, 400 for a malformed ID or body, and needs an Idempotency-Key', async () => {
    const body = paymentRequest(100, 'PMT000000001');
    const unknown = await sandbox.calls.change(sandbox.rep, 'pay', 'NSH000000000', body);
    expect([unknown.status, ApiErrorSchema.parse(unknown.body).error.code]).toEqual([404, 'NOT_FOUND']);
    const malformed = await sandbox.calls.change(sandbox.rep, 'pay', 'not-a-member', body);
    expect([malformed.status, ApiErrorSchema.parse(malformed.body).error.code]).toEqual([400, 'INVALID_INPUT']);
    const member = fresh(owes);
    const url = `/v1/members/${member.member.memberId}/payments`;
    const headers = { 'idempotency-key': randomUUID() };
    const json = await requestJson(sandbox.test.sandbox.url, url, { token: sandbox.rep, rawBody: '{"amountCents": 100,', headers });
    expect([json.status, ApiErrorSchema.parse(json.body).error.code]).toEqual([400, 'INVALID_INPUT']);
    const keyless = await sandbox.calls.change(sandbox.rep, 'pay', member.member.memberId, body, null);
    expect([keyless.status, ApiErrorSchema.parse(keyless.body).error.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED']);
    expect((await profileOf(member.member.memberId)).payments.history).toEqual(member.payments.history);
  });
});
