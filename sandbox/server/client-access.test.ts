import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, apiRoutes } from '../../shared/api/routes';
import { ClientRulesSchema, ProgramSettingsSchema } from '../../shared/domain/client-rules';
import { optInRequest } from '../testing/change-requests';
import { requestJson } from '../testing/request-json';
import { pickMembers } from '../testing/pick-members';
import { createSandboxCalls, type SandboxCalls } from '../testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';

let test: TestSandbox;
let calls: SandboxCalls;
let rep1: string;
let rep2: string;
let lead: string;
const url = () => test.sandbox.url;
const errorOf = (body: unknown) => ApiErrorSchema.parse(body).error;
const search = (token: string, query: unknown) => requestJson(url(), '/v1/members/search', { token, json: query });
const idsIn = (body: unknown) => apiRoutes.searchMembers.response.parse(body).members.map((m) => m.memberId);

beforeAll(async () => {
  test = await startTestSandbox();
  calls = createSandboxCalls(url);
  rep1 = await calls.signIn('rep1');
  rep2 = await calls.signIn('rep2');
  lead = await calls.signIn('lead1');
});

afterAll(() => test.stop());

describe('client assignments', () => {
  it('tells each user at sign-in which clients they serve', async () => {
    const answer = await requestJson(url(), '/v1/sessions', { json: { username: 'rep2', password: 'sandbox' } });
    expect(apiRoutes.createSession.response.parse(answer.body).user.clientIds).toEqual(['northstar', 'cedar-valley']);
  });

  it('keeps a Bayside member out of rep2’s searches and refuses their record, rules and changes with 403', async () => {
    const [bayside] = pickMembers(test.sandbox.dbPath, (p) => p.client.id === 'bayside' && p.participation.status === 'not_enrolled');
    const { memberId, mbi, phone } = bayside!.member;
    expect(idsIn((await search(rep1, { by: 'memberId', memberId })).body)).toEqual([memberId]);
    for (const query of [{ by: 'memberId', memberId }, { by: 'mbi', mbi }]) expect(idsIn((await search(rep2, query)).body)).toEqual([]);
    expect(idsIn((await search(rep2, { by: 'phone', phone })).body)).not.toContain(memberId);
    const before = await calls.profile(rep1, memberId);
    const refusals = [
      await calls.profile(rep2, memberId),
      await requestJson(url(), '/v1/clients/bayside/rules', { token: rep2 }),
      await calls.change(rep2, 'optIn', memberId, optInRequest()),
    ];
    for (const answer of refusals) {
      expect([answer.status, errorOf(answer.body).code]).toEqual([403, 'FORBIDDEN']);
      expect(answer.text).not.toContain(memberId);
      expect(answer.text).not.toContain('bayside');
    }
    expect((await calls.profile(rep1, memberId)).text).toBe(before.text);
  });
});

describe('rules, settings and approvals', () => {
  it("serves each client's rules: reason codes, windows and policies differ", async () => {
    const rulesOf = async (id: string) => ClientRulesSchema.parse((await requestJson(url(), `/v1/clients/${id}/rules`, { token: rep1 })).body);
    const [north, cedar, bay] = await Promise.all(['northstar', 'cedar-valley', 'bayside'].map(rulesOf));
    expect([north, cedar, bay].map((r) => [r!.backdateWindowDays, r!.urgentRequestEffective, r!.precludesUnpaidPriorBalance, r!.refundApprovalThresholdCents]))
      .toEqual([[30, 'request_date', true, 5_000], [14, 'processing_date', false, 10_000], [60, 'request_date', true, 2_500]]);
    expect(north!.optOutReasons.map((r) => r.code)).toContain('CAREGIVER_REQUEST');
    expect(cedar!.optOutReasons.map((r) => r.code)).not.toContain('CAREGIVER_REQUEST');
    expect([north!.verification.requiredMatches, cedar!.verification.requiredMatches]).toEqual([2, 3]);
    expect((await requestJson(url(), '/v1/clients/nowhere/rules', { token: rep1 })).status).toBe(404);
  });

  it('serves the program settings, with the year not configured yet as nulls', async () => {
    const settings = ProgramSettingsSchema.parse((await requestJson(url(), '/v1/program/plan-years', { token: rep2 })).body);
    expect(settings.planYears).toEqual([
      { planYear: 2025, thresholdCents: 200_000, likelyToBenefitCents: 60_000 },
      { planYear: 2026, thresholdCents: 210_000, likelyToBenefitCents: 70_000 },
      { planYear: 2027, thresholdCents: null, likelyToBenefitCents: null },
    ]);
  });

  it('lists approvals for team leads only', async () => {
    expect((await requestJson(url(), '/v1/approvals', { token: rep1 })).status).toBe(403);
    expect((await requestJson(url(), '/v1/approvals', { token: lead })).body).toEqual({ approvals: [] });
  });
});
