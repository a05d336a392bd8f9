import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FloorEventSchema, type FloorEvent } from '../../shared/floor/floor-events';
import { openTestStream, type TestStream } from '../cti/testing/open-test-stream';
import { postCtiEvent } from '../cti/testing/post-cti-event';
import { requestJson } from '../testing/request-json';
import { createSandboxCalls } from '../testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { testRecord } from './testing/test-record';

/** The next floor message: its id and its event, checked against the shared schema. */
async function nextFloor(stream: TestStream): Promise<{ id: string | null; event: FloorEvent }> {
  const message = await stream.next();
  expect(message.event).toBe('floor');
  return { id: message.id, event: FloorEventSchema.parse(JSON.parse(message.data)) };
}

describe('the floor event stream (streamFloorEvents)', () => {
  let test: TestSandbox;
  const calls = createSandboxCalls(() => test.sandbox.url);
  const streamUrl = () => `${test.sandbox.url}/v1/team/floor/events`;
  const open: TestStream[] = [];
  const openStream = async (token: string, lastEventId?: string) => {
    const stream = await openTestStream(streamUrl(), token, lastEventId);
    open.push(stream);
    return stream;
  };
  const setState = (token: string, state: string, awayReason: string | null = null) =>
    requestJson(test.sandbox.url, '/v1/agents/me/state', { method: 'PUT', token, json: { state, awayReason, since: new Date().toISOString() } });

  beforeAll(async () => {
    test = await startTestSandbox({ members: 30, calls: { log: () => {} } });
  });
  afterAll(async () => {
    for (const stream of open) stream.close();
    await test.stop();
  });

  it('refuses a rep with 403 and no stream', async () => {
    const stream = await openStream(await calls.signIn('rep1'));
    expect(stream.status).toBe(403);
  });

  it("opens with the team's board, then a rep's state change reaches every lead's stream at once as one small delta", async () => {
    const lead = await calls.signIn('lead1');
    const [first, second] = [await openStream(lead), await openStream(lead)];
    expect(first.contentType).toMatch(/^text\/event-stream/);
    const opened = await nextFloor(first);
    expect(opened.event.type).toBe('snapshot');
    expect((await nextFloor(second)).event.type).toBe('snapshot');
    const rep2 = await calls.signIn('rep2');
    expect((await setState(rep2, 'away', 'coaching')).status).toBe(200);
    for (const stream of [first, second]) {
      const { event } = await nextFloor(stream);
      expect(event).toMatchObject({ type: 'agent', agent: { id: 'rep2', state: 'away', awayReason: 'coaching', displayName: 'Priya Shah' } });
    }
  });

  it('sends a saved call as the rep row plus the two chart buckets it changed, and the queue as calls ring and are answered', async () => {
    const stream = await openStream(await calls.signIn('lead1'));
    await nextFloor(stream);
    const rep1 = await calls.signIn('rep1');
    const saved = await requestJson(test.sandbox.url, '/v1/interactions', { token: rep1, json: testRecord(new Date().toISOString(), [60, 30, 10], { dispositionCode: 'OPT_IN' }), headers: { 'idempotency-key': randomUUID() } });
    expect(saved.status).toBe(200);
    const { event } = await nextFloor(stream);
    expect(event).toMatchObject({ type: 'interaction', agent: { id: 'rep1', handledCount: 1, handleSeconds: 100 }, hour: { handledCount: 1, handleSeconds: 100 }, disposition: { code: 'OPT_IN', label: 'Opted in', count: 1 } });
    await postCtiEvent(test.sandbox.ctiWebhookUrl, { event: 'newCall', from: '16125550142', to: '18005550100', direction: 'in', callId: 'stream-q1', user: 'Jordan Alvarez' });
    expect((await nextFloor(stream)).event).toMatchObject({ type: 'queue', queue: { waitingCount: 1 } });
    await postCtiEvent(test.sandbox.ctiWebhookUrl, { event: 'answer', from: '16125550142', to: '18005550100', direction: 'in', callId: 'stream-q1', user: 'rep1' });
    expect((await nextFloor(stream)).event).toEqual({ type: 'queue', queue: { waitingCount: 0, oldestWaitingSince: null } });
  });

  it('resumes after Last-Event-ID with only the deltas missed, and answers an id it cannot resume with a fresh snapshot', async () => {
    const lead = await calls.signIn('lead1');
    const rep1 = await calls.signIn('rep1');
    const stream = await openStream(lead);
    const { id } = await nextFloor(stream);
    stream.close();
    await setState(rep1, 'wrap_up');
    await setState(rep1, 'available');
    const resumed = await openStream(lead, id ?? '');
    expect((await nextFloor(resumed)).event).toMatchObject({ type: 'agent', agent: { id: 'rep1', state: 'wrap_up' } });
    expect((await nextFloor(resumed)).event).toMatchObject({ type: 'agent', agent: { id: 'rep1', state: 'available' } });
    const stranger = await openStream(lead, '1-1'); // another backend's id (or one from before a restart)
    const fresh = await nextFloor(stranger);
    expect(fresh.event.type).toBe('snapshot');
    expect(fresh.event.type === 'snapshot' && fresh.event.snapshot.agents.find((a) => a.id === 'rep1')?.state).toBe('available');
  });

  it('ends at once when the lead signs out', async () => {
    const lead = await calls.signIn('lead1');
    const stream = await openStream(lead);
    await nextFloor(stream);
    expect((await requestJson(test.sandbox.url, '/v1/sessions/current', { method: 'DELETE', token: lead })).status).toBe(200);
    await stream.ended;
  });
});
