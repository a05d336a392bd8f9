import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, apiRoutes } from '../../shared/api/routes';
import type { InteractionRecord } from '../../shared/calls/interaction';
import { MemberProfileSchema, type MemberProfile } from '../../shared/domain/member-profile';
import { ChangeResultSchema } from '../../shared/domain/participation-changes';
import { openDatabase } from '../database/open-database';
import { findClientRules } from '../seed/client-catalog';
import { optInRequest } from '../testing/change-requests';
import { isEligibleAt, pickMembers } from '../testing/pick-members';
import { requestJson } from '../testing/request-json';
import { createSandboxCalls } from '../testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';

let test: TestSandbox;
let rep1: string;
let rep2: string;
const calls = createSandboxCalls(() => test.sandbox.url);
const url = () => test.sandbox.url;

/** A finished call about `memberId`, as the outbox sends it: rang at 14:02 UTC, answered, wrapped up. */
function record(memberId: string | null, overrides: Partial<InteractionRecord> = {}): InteractionRecord {
  return {
    id: randomUUID(), callId: `call-${randomUUID()}`, direction: 'inbound', callerNumber: '+16125550142', memberId,
    verification: memberId ? { callerKind: 'member', representativeId: null, matched: ['full_name', 'date_of_birth'], method: 'rep', at: '2025-03-04T14:03:00.000Z' } : null,
    ringAt: '2025-03-04T14:02:00.000Z', answeredAt: '2025-03-04T14:02:10.000Z', endedAt: '2025-03-04T14:09:00.000Z',
    talkSeconds: 410, holdSeconds: 0, wrapUpSeconds: 45, isMissed: false,
    notes: 'Member asked why the bill changed.', summary: 'Explained how the bill is figured.', dispositionCode: 'BILLING_QUESTION', actions: [],
    ...overrides,
  };
}

const save = (token: string, body: unknown, key: string | null = randomUUID()) =>
  requestJson(url(), '/v1/interactions', { token, json: body, headers: key === null ? {} : { 'idempotency-key': key } });
const profileOf = async (memberId: string): Promise<MemberProfile> => MemberProfileSchema.parse((await calls.profile(rep1, memberId)).body);
const errorCode = (body: unknown) => ApiErrorSchema.parse(body).error.code;
const labelOf = (code: string) => findClientRules('northstar')?.dispositions.find((d) => d.code === code)?.label;

beforeAll(async () => {
  test = await startTestSandbox({ members: 120 });
  rep1 = await calls.signIn('rep1');
  rep2 = await calls.signIn('rep2');
});

afterAll(() => test.stop());

describe('agent state', () => {
  it('keeps what each rep last reported, for the floor board', async () => {
    const away = { state: 'away', awayReason: 'lunch', since: '2026-11-15T17:00:00.000Z' };
    const answer = await requestJson(url(), '/v1/agents/me/state', { method: 'PUT', token: rep1, json: away });
    expect(apiRoutes.setAgentState.response.parse(answer.body)).toEqual({ state: away });
    await requestJson(url(), '/v1/agents/me/state', { method: 'PUT', token: rep2, json: { state: 'on_call', awayReason: null, since: '2026-11-15T17:01:00.000Z' } });
    const db = openDatabase(test.sandbox.dbPath, { purpose: 'inspect' });
    expect(db.prepare('SELECT user_id, state, away_reason FROM agent_states ORDER BY user_id').all()).toEqual([
      { user_id: 'rep1', state: 'away', away_reason: 'lunch' }, { user_id: 'rep2', state: 'on_call', away_reason: null },
    ]);
    db.close();
  });

  it('refuses an away reason without the away state, and a report without a session', async () => {
    const odd = await requestJson(url(), '/v1/agents/me/state', { method: 'PUT', token: rep1, json: { state: 'available', awayReason: 'break', since: '2026-11-15T17:00:00.000Z' } });
    expect([odd.status, errorCode(odd.body)]).toEqual([400, 'INVALID_INPUT']);
    expect((await requestJson(url(), '/v1/agents/me/state', { method: 'PUT', json: { state: 'available', awayReason: null, since: '2026-11-15T17:00:00.000Z' } })).status).toBe(401);
  });
});

describe('saving an interaction', () => {
  it("adds the call to the member's timeline at the top: the disposition, the summary, its own confirmation number", async () => {
    const [member] = pickMembers(test.sandbox.dbPath, (p) => p.client.id === 'northstar');
    const { memberId } = member!.member;
    const answer = await save(rep1, record(memberId));
    const { confirmationNumber } = apiRoutes.saveInteraction.response.parse(answer.body);
    expect(confirmationNumber).toMatch(/^INT-/);
    const [top] = (await profileOf(memberId)).contacts;
    expect(top).toEqual({
      id: `CNT-${confirmationNumber}`, occurredAt: '2026-11-15T14:02:10.000Z', kind: 'contact', channel: 'phone', direction: 'inbound', agentName: 'Jordan Alvarez',
      reason: labelOf('BILLING_QUESTION'), notes: 'Explained how the bill is figured.', confirmationNumber, actionKind: null,
    });
  });

  it('happens once: a retry with the key replays, the same record under a new key answers the same number', async () => {
    const [member] = pickMembers(test.sandbox.dbPath, (p) => p.client.id === 'cedar-valley');
    const { memberId } = member!.member;
    const before = (await profileOf(memberId)).contacts.length;
    const body = record(memberId);
    const key = randomUUID();
    const first = await save(rep1, body, key);
    const replay = await save(rep1, body, key);
    const outboxAgain = await save(rep1, body);
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(outboxAgain.body).toEqual(first.body);
    expect((await profileOf(memberId)).contacts.length).toBe(before + 1);
    const changed = await save(rep1, { ...body, summary: 'Something else.' });
    expect([changed.status, errorCode(changed.body)]).toEqual([409, 'INTERACTION_ALREADY_SAVED']);
  });

  it("refuses what the rep may not save: an unknown disposition, another plan's member, no key", async () => {
    const [bayside] = pickMembers(test.sandbox.dbPath, (p) => p.client.id === 'bayside');
    const { memberId } = bayside!.member;
    const before = (await profileOf(memberId)).contacts;
    const unknown = await save(rep1, record(memberId, { dispositionCode: 'NOT_A_CODE' }));
    const otherPlan = await save(rep2, record(memberId));
    const noKey = await save(rep1, record(memberId), null);
    expect([unknown.status, errorCode(unknown.body)]).toEqual([422, 'UNKNOWN_DISPOSITION_CODE']);
    expect([otherPlan.status, errorCode(otherPlan.body)]).toEqual([403, 'FORBIDDEN']);
    expect([noKey.status, errorCode(noKey.body)]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED']);
    expect((await profileOf(memberId)).contacts).toEqual(before);
  });

  it('saves a call with no member (a prospect) without touching any history', async () => {
    const answer = await save(rep1, record(null, { dispositionCode: 'GENERAL_INFO', verification: { callerKind: 'prospect', representativeId: null, matched: [], method: 'rep', at: '2025-03-04T14:03:00.000Z' } }));
    expect(answer.status).toBe(200);
  });

  it('puts an opt-in made during the call on the timeline as an action, at the time it was taken, beside the call', async () => {
    const [member] = pickMembers(test.sandbox.dbPath, isEligibleAt('northstar', 2026), 2).slice(-1);
    const { memberId } = member!.member;
    const optIn = ChangeResultSchema.parse((await calls.change(rep1, 'optIn', memberId, optInRequest())).body);
    const before = (await profileOf(memberId)).contacts[0];
    expect(before).toMatchObject({ kind: 'action', actionKind: 'opt_in', confirmationNumber: optIn.confirmationNumber, channel: 'phone', agentName: 'Rep Jordan Alvarez' });
    const action = { kind: 'opt-in', at: '2025-03-04T14:05:00.000Z', memberId, status: 'completed' as const, confirmationNumber: optIn.confirmationNumber };
    const { confirmationNumber } = apiRoutes.saveInteraction.response.parse((await save(rep1, record(memberId, { dispositionCode: 'OPT_IN', actions: [action] }))).body);
    const [opted, call] = (await profileOf(memberId)).contacts;
    expect(opted).toMatchObject({ kind: 'action', actionKind: 'opt_in', occurredAt: '2026-11-15T14:05:00.000Z', confirmationNumber: optIn.confirmationNumber });
    expect(call).toMatchObject({ kind: 'contact', reason: labelOf('OPT_IN'), confirmationNumber, notes: `Explained how the bill is figured. Actions: opt in ${optIn.confirmationNumber} (completed).` });
  });
});

describe('the seeded timeline', () => {
  it('is newest first, holds IVR and web visits and letters, and shows each action once', async () => {
    const profiles = pickMembers(test.sandbox.dbPath, () => true, 120);
    const all = profiles.flatMap((p) => p.contacts);
    expect(new Set(all.map((c) => c.channel))).toEqual(new Set(['phone', 'ivr', 'web', 'mail']));
    for (const { contacts, participation, payments, refunds } of profiles) {
      const times = contacts.map((c) => Date.parse(c.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const numbers = [...participation.history.flatMap((e) => (e.kind === 'opt_in_requested' && e.confirmationNumber ? [e.confirmationNumber] : [])),
        ...payments.history.filter((p) => p.source !== 'autopay').map((p) => p.confirmationNumber), ...refunds.map((r) => r.confirmationNumber)];
      for (const number of numbers) expect(contacts.filter((c) => c.confirmationNumber === number && c.actionKind !== null), number).toHaveLength(1);
    }
    // A phone opt-in's call carries the action rather than a second entry.
    expect(all.some((c) => c.kind === 'contact' && c.channel === 'phone' && c.actionKind === 'opt_in')).toBe(true);
  });
});
