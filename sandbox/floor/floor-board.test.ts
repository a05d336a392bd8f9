import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionRecord } from '../../shared/calls/interaction';
import { FloorSnapshotSchema, type FloorSnapshot } from '../../shared/floor/floor-board';
import { summarizeFloor } from '../../shared/floor/summarize-floor';
import { postCtiEvent } from '../cti/testing/post-cti-event';
import { requestJson } from '../testing/request-json';
import { createSandboxCalls } from '../testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { testRecord } from './testing/test-record';

describe('the floor board (getFloor)', () => {
  let test: TestSandbox;
  // A movable clock: "today" on the board is the sandbox's day, and waits are measured on it.
  let clock = new Date(2026, 10, 16, 10, 15).getTime();
  const iso = () => new Date(clock).toISOString();
  const calls = createSandboxCalls(() => test.sandbox.url);
  const tokens = new Map<string, string>();
  const tokenOf = async (user: string) => tokens.get(user) ?? tokens.set(user, await calls.signIn(user)).get(user)!;
  const setState = async (user: string, state: string, awayReason: string | null = null) =>
    expect((await requestJson(test.sandbox.url, '/v1/agents/me/state', { method: 'PUT', token: await tokenOf(user), json: { state, awayReason, since: iso() } })).status).toBe(200);
  const save = async (user: string, record: InteractionRecord, key = randomUUID()) =>
    expect((await requestJson(test.sandbox.url, '/v1/interactions', { token: await tokenOf(user), json: record, headers: { 'idempotency-key': key } })).status).toBe(200);
  const board = async (): Promise<FloorSnapshot> => {
    const answer = await requestJson(test.sandbox.url, '/v1/team/floor', { token: await tokenOf('lead1') });
    expect(answer.status).toBe(200);
    return FloorSnapshotSchema.parse(answer.body);
  };
  const cti = (fields: Record<string, string>) => postCtiEvent(test.sandbox.ctiWebhookUrl, { from: '16125550142', to: '18005550100', direction: 'in', ...fields });

  beforeAll(async () => {
    test = await startTestSandbox({ members: 30, now: () => new Date(clock), calls: { log: () => {} } });
  });
  afterAll(() => test.stop());

  it('is for team leads only: a rep is refused with 403', async () => {
    const answer = await requestJson(test.sandbox.url, '/v1/team/floor', { token: await tokenOf('rep1') });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await requestJson(test.sandbox.url, '/v1/team/floor')).status).toBe(401);
  });

  it("shows the lead's own team with each rep's state and since when, never another team's reps", async () => {
    await setState('rep1', 'away', 'lunch');
    const since = iso();
    await setState('agent005', 'available');
    await setState('agent241', 'available'); // the second team
    const snapshot = await board();
    expect(snapshot).toMatchObject({ teamId: 'floor-1', teamName: "Morgan Lee's team", businessDate: test.sandbox.asOf });
    const ids = snapshot.agents.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['rep1', 'rep2', 'lead1', 'agent005']));
    // Simulated agents join once they have reported; the other team is never shown.
    expect(ids).not.toContain('agent006');
    expect(ids).not.toContain('agent241');
    expect(snapshot.agents.find((a) => a.id === 'rep1')).toMatchObject({ state: 'away', awayReason: 'lunch', since });
    expect(snapshot.agents.find((a) => a.id === 'rep2')).toMatchObject({ state: 'offline', since: null, handledCount: 0 });
  });

  it('counts handled calls and handle time as talk + hold + wrap-up, per rep, per hour and by disposition; missed calls and replays do not count', async () => {
    const first = testRecord(iso(), [100, 20, 30]);
    await save('rep2', first);
    await save('rep2', testRecord(iso(), [50, 0, 10], { dispositionCode: 'PAYMENT_TAKEN' }));
    await save('rep2', testRecord(iso(), [0, 0, 5], { isMissed: true, answeredAt: null }));
    await save('rep2', first); // the same record again under another key: one call, not two
    await save('agent241', testRecord(iso(), [999, 0, 0])); // the other team's
    const snapshot = await board();
    expect(snapshot.agents.find((a) => a.id === 'rep2')).toMatchObject({ handledCount: 2, handleSeconds: 210 });
    const summary = summarizeFloor(snapshot);
    expect(summary).toMatchObject({ handledCount: 2, handleSeconds: 210, averageHandleSeconds: 105 });
    expect(snapshot.handleTimeByHour).toEqual([{ hourStart: new Date(2026, 10, 16, 10).toISOString(), handledCount: 2, handleSeconds: 210 }]);
    expect(snapshot.callsByDisposition).toEqual([
      { code: 'BILLING_QUESTION', label: 'Billing question answered', count: 1 },
      { code: 'PAYMENT_TAKEN', label: 'Payment taken', count: 1 },
    ]);
  });

  it("counts the team's waiting calls and the longest wait until each is answered or abandoned", async () => {
    const firstRang = iso();
    await cti({ event: 'newCall', callId: 'floor-q1', user: 'rep1' });
    clock += 30_000;
    await cti({ event: 'newCall', callId: 'floor-q2', queue: "Morgan Lee's team" }); // held for the team, no agent free
    await cti({ event: 'newCall', callId: 'floor-out', user: 'rep1', direction: 'out' }); // outbound: never waits
    await cti({ event: 'newCall', callId: 'floor-other', user: 'agent241' }); // the other team's queue
    expect((await board()).queue).toEqual({ waitingCount: 2, oldestWaitingSince: firstRang });
    const secondRang = new Date(clock).toISOString();
    await cti({ event: 'answer', callId: 'floor-q1', user: 'rep1' });
    expect((await board()).queue).toEqual({ waitingCount: 1, oldestWaitingSince: secondRang });
    await cti({ event: 'hangup', callId: 'floor-q2', cause: 'cancel' });
    expect((await board()).queue).toEqual({ waitingCount: 0, oldestWaitingSince: null });
  });

  it('starts each day from nothing: the next day counts no calls of the day before', async () => {
    clock += 24 * 60 * 60 * 1000;
    tokens.clear(); // the sessions expired overnight
    const snapshot = await board();
    expect(summarizeFloor(snapshot).handledCount).toBe(0);
    expect(snapshot.handleTimeByHour).toEqual([]);
    expect(snapshot.dayStartedAt).toBe(new Date(2026, 10, 17).toISOString());
  });
});
