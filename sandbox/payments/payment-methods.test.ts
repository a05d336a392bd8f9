import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProcessorTokenResultSchema } from '../../shared/api/processor-routes';
import { ApiErrorSchema } from '../../shared/api/routes';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { ChangeResultSchema } from '../../shared/domain/participation-changes';
import { bankDetails, cardDetails } from '../testing/change-requests';
import { requestJson } from '../testing/request-json';
import { useWriteSandbox } from '../testing/use-write-sandbox';

const sandbox = useWriteSandbox(300);
const MEMBER = { kind: 'member' } as const;
const used = new Set<string>();

function fresh(isWanted: (p: MemberProfile) => boolean): MemberProfile {
  const profile = sandbox.pick((p) => !used.has(p.member.memberId) && isWanted(p));
  used.add(profile.member.memberId);
  return profile;
}

const tokenise = (details: unknown) => requestJson(sandbox.test.sandbox.processorUrl, '/v1/tokens', { json: details });
const tokenFor = async (details: unknown) => ProcessorTokenResultSchema.parse((await tokenise(details)).body).token;
const codeOf = (body: unknown) => ApiErrorSchema.parse(body).error.code;
const addMethod = (memberId: string, token: string, makeDefault = false, key?: string) =>
  sandbox.calls.change(sandbox.rep, 'addMethod', memberId, { token, makeDefault, authorizedBy: MEMBER }, key);

describe('the processor stand-in', () => {
  it('tokenises cards and bank accounts, answering only brand, last four and expiry', async () => {
    const cases = [
      [cardDetails('4242 4242 4242 4242'), { kind: 'card', brand: 'Visa', last4: '4242', expMonth: 12, expYear: 2029 }],
      [cardDetails('5555555555554444'), { brand: 'Mastercard', last4: '4444' }],
      [cardDetails('2223003122003222'), { brand: 'Mastercard', last4: '3222' }],
      [cardDetails('378282246310005', { securityCode: '1234' }), { brand: 'American Express', last4: '0005' }],
      [cardDetails('4242424242424242', { expMonth: 11, expYear: 2026 }), { expMonth: 11, expYear: 2026 }],
      [bankDetails(), { kind: 'bank', brand: 'Checking', last4: '6789', expMonth: null, expYear: null }],
      [bankDetails('000123456789', { accountType: 'savings', routingNumber: '021000021' }), { brand: 'Savings' }],
    ] as const;
    for (const [details, expected] of cases) {
      const answer = await tokenise(details);
      expect(answer.status).toBe(200);
      expect(ProcessorTokenResultSchema.parse(answer.body)).toMatchObject({ token: expect.stringMatching(/^tok_[A-Za-z0-9]{24}$/), ...expected });
      expect(Object.keys(answer.body as object).sort()).toEqual(['brand', 'expMonth', 'expYear', 'kind', 'last4', 'token']);
    }
  });

  it('refuses digits that do not check out with the contract’s codes, never repeating them', async () => {
    const cases = [
      [cardDetails('4242424242424241'), 422, 'CARD_NUMBER_INVALID'],
      [cardDetails('424242424242'), 422, 'CARD_NUMBER_INVALID'],
      [cardDetails('4242424242424242', { expMonth: 10, expYear: 2026 }), 422, 'CARD_EXPIRED'],
      [cardDetails('378282246310005'), 422, 'SECURITY_CODE_INVALID'],
      [cardDetails('4242424242424242', { securityCode: '1234' }), 422, 'SECURITY_CODE_INVALID'],
      [cardDetails('4242424242424242', { securityCode: '12a' }), 422, 'SECURITY_CODE_INVALID'],
      [bankDetails('000123456789', { routingNumber: '011000016' }), 422, 'ROUTING_NUMBER_INVALID'],
      [bankDetails('000123456789', { routingNumber: '01100001' }), 422, 'ROUTING_NUMBER_INVALID'],
      [bankDetails('123'), 422, 'ACCOUNT_NUMBER_INVALID'],
      [cardDetails('4242-4242-4242-424x'), 400, 'INVALID_INPUT'],
      [cardDetails('4242424242424242', { expMonth: 13 }), 400, 'INVALID_INPUT'],
      [cardDetails('4242424242424242', { postalCode: '5540' }), 400, 'INVALID_INPUT'],
      [{ ...cardDetails(), pin: '1234' }, 400, 'INVALID_INPUT'],
      [{ kind: 'crypto' }, 400, 'INVALID_INPUT'],
    ] as const;
    for (const [details, status, code] of cases) {
      const answer = await tokenise(details);
      expect([answer.status, codeOf(answer.body)], JSON.stringify(details)).toEqual([status, code]);
      expect(answer.text).not.toMatch(/4242|0005|000123456789|1234/);
    }
    const malformed = await requestJson(sandbox.test.sandbox.processorUrl, '/v1/tokens', { rawBody: '{"kind":"card","number":"4242' });
    expect([malformed.status, codeOf(malformed.body)]).toEqual([400, 'INVALID_INPUT']);
  });

  it('keeps no card or account number and no security code in the database', async () => {
    await tokenFor(cardDetails('6011111111111117', { securityCode: '731' }));
    await tokenFor(bankDetails('000987654321', { routingNumber: '121000248' }));
    const { dbPath } = sandbox.test.sandbox;
    for (const suffix of ['', '-wal'].filter((end) => existsSync(`${dbPath}${end}`))) {
      const bytes = readFileSync(`${dbPath}${suffix}`).toString('latin1');
      for (const secret of ['6011111111111117', '000987654321', '121000248']) expect(bytes.includes(secret), `${secret} in ${suffix || 'db'}`).toBe(false);
    }
  });
});

describe('saving a payment method', () => {
  it('saves the token as a masked method, the default when asked, and notes it in the history', async () => {
    const member = fresh((p) => p.payments.methods.some((m) => m.isDefault));
    const answer = await addMethod(member.member.memberId, await tokenFor(cardDetails('5555555555554444', { expMonth: 3, expYear: 2030 })), true);
    const result = ChangeResultSchema.parse(answer.body);
    const methods = result.profile.payments.methods;
    expect(methods.at(-1)).toMatchObject({ kind: 'card', brand: 'Mastercard', last4: '4444', expMonth: 3, expYear: 2030, isDefault: true });
    expect(methods.filter((m) => m.isDefault)).toHaveLength(1);
    expect(result.confirmationNumber).toMatch(/^CHG-/);
    expect(result.profile.contacts.find((c) => c.confirmationNumber === result.confirmationNumber)?.reason).toBe('Payment method added');
  });

  it('makes a member’s first method the default, and replays a retried save instead of calling the token used', async () => {
    const member = fresh((p) => p.payments.methods.length === 0);
    const key = randomUUID();
    const token = await tokenFor(bankDetails());
    const first = await addMethod(member.member.memberId, token, false, key);
    expect(ChangeResultSchema.parse(first.body).profile.payments.methods).toEqual([expect.objectContaining({ brand: 'Checking', last4: '6789', isDefault: true })]);
    const retry = await addMethod(member.member.memberId, token, false, key);
    expect([retry.status, retry.text]).toEqual([200, first.text]);
  });

  it('refuses an unknown or used token, and the same card twice without spending the second token', async () => {
    const member = fresh(() => true);
    const other = fresh(() => true);
    const { memberId } = member.member;
    expect(codeOf((await addMethod(memberId, 'tok_doesnotexist000')).body)).toBe('TOKEN_NOT_FOUND');
    const token = await tokenFor(cardDetails('378282246310005', { securityCode: '4321' }));
    expect((await addMethod(memberId, token)).status).toBe(200);
    expect(codeOf((await addMethod(other.member.memberId, token)).body)).toBe('TOKEN_NOT_FOUND');
    const again = await tokenFor(cardDetails('378282246310005', { securityCode: '4321' }));
    const duplicate = await addMethod(memberId, again);
    expect([duplicate.status, codeOf(duplicate.body)]).toEqual([409, 'METHOD_ALREADY_ON_FILE']);
    expect((await addMethod(other.member.memberId, again)).status).toBe(200);
    const bad = await sandbox.calls.change(sandbox.rep, 'addMethod', memberId, { token: 'not a token!', makeDefault: false, authorizedBy: MEMBER });
    expect([bad.status, codeOf(bad.body)]).toEqual([400, 'INVALID_INPUT']);
  });
});

describe('autopay', () => {
  const enrol = (memberId: string, methodId: string, dayOfMonth: number) =>
    sandbox.calls.change(sandbox.rep, 'enrolAutopay', memberId, { methodId, dayOfMonth, authorizedBy: MEMBER });

  it('enrols a saved method, shows the next draft and what it takes, re-enrols on another day, and stops', async () => {
    const member = fresh((p) => p.participation.status === 'active' && (p.billing?.balanceDueCents ?? 0) > 0 && !p.payments.autopay.isEnrolled && p.billing?.paidAheadCents === 0);
    const { memberId } = member.member;
    const methodId = ChangeResultSchema.parse((await addMethod(memberId, await tokenFor(cardDetails('4242424242424242')))).body).profile.payments.methods.at(-1)!.id;
    const late = ChangeResultSchema.parse((await enrol(memberId, methodId, 20)).body).profile;
    expect(late.payments.autopay).toMatchObject({ isEnrolled: true, methodId, dayOfMonth: 20, enrolledOn: '2026-11-15' });
    expect(late.payments.nextAutopayDraft).toEqual({ on: '2026-11-20', amountCents: member.billing!.balanceDueCents });
    const november = member.billing!.bills.find((b) => b.month === 11)!.billCents;
    const early = ChangeResultSchema.parse((await enrol(memberId, methodId, 5)).body).profile;
    expect(early.payments.nextAutopayDraft).toEqual({ on: '2026-12-05', amountCents: member.billing!.balanceDueCents + november });
    const stopped = ChangeResultSchema.parse((await sandbox.calls.change(sandbox.rep, 'stopAutopay', memberId, { authorizedBy: MEMBER })).body).profile;
    expect([stopped.payments.autopay.isEnrolled, stopped.payments.nextAutopayDraft]).toEqual([false, null]);
    const again = await sandbox.calls.change(sandbox.rep, 'stopAutopay', memberId, { authorizedBy: MEMBER });
    expect([again.status, codeOf(again.body)]).toEqual([409, 'AUTOPAY_NOT_ENROLLED']);
  });

  it('refuses a card that expires before the first draft, an unknown method and a day past the 28th', async () => {
    const member = fresh(() => true);
    const { memberId } = member.member;
    const methodId = ChangeResultSchema.parse((await addMethod(memberId, await tokenFor(cardDetails('4242424242424242', { expMonth: 11, expYear: 2026 })))).body)
      .profile.payments.methods.at(-1)!.id;
    expect((await enrol(memberId, methodId, 20)).status).toBe(200);
    const expired = await enrol(memberId, methodId, 10);
    expect([expired.status, codeOf(expired.body)]).toEqual([422, 'METHOD_EXPIRED']);
    expect(codeOf((await enrol(memberId, 'PMT-NOSUCHMETHOD', 10)).body)).toBe('METHOD_NOT_FOUND');
    for (const day of [0, 29, 1.5]) expect(codeOf((await enrol(memberId, methodId, day)).body)).toBe('INVALID_INPUT');
  });
});
