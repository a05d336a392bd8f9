import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../shared/api/routes';
import { CallEventSchema } from '../../shared/calls/call-events';
import { requestJson } from '../testing/request-json';
import { createSandboxCalls } from '../testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { postCtiEvent } from './testing/post-cti-event';
import { openTestStream, type TestStream } from './testing/open-test-stream';

let test: TestSandbox;
let clock = Date.parse('2026-11-15T15:00:00Z');
const calls = createSandboxCalls(() => test.sandbox.url);
const eventsUrl = () => `${test.sandbox.url}/v1/agents/me/events`;
let serial = 0;

/** Rings rep1 with a new call; returns its call id. */
async function ring(): Promise<string> {
  const callId = `stream-${(serial += 1)}`;
  const answer = await postCtiEvent(test.sandbox.ctiWebhookUrl, { event: 'newCall', from: '16125550142', to: '18005550100', direction: 'in', callId, user: 'rep1' });
  expect(answer.status).toBe(200);
  return callId;
}

async function nextCall(stream: TestStream): Promise<{ id: number; callId: string }> {
  const message = await stream.next();
  expect(message.event).toBe('call');
  const event = CallEventSchema.parse(JSON.parse(message.data));
  return { id: Number(message.id), callId: event.type === 'ringing' ? event.call.callId : event.callId };
}

beforeAll(async () => {
  test = await startTestSandbox({ members: 30, now: () => new Date(clock), calls: { heartbeatMs: 100, log: () => {} } });
});

afterAll(() => test.stop());

describe('the agent event stream', () => {
  it('is refused without a live session, in the usual error body', async () => {
    const answer = await requestJson(test.sandbox.url, '/v1/agents/me/events');
    expect(answer.status).toBe(401);
    expect(ApiErrorSchema.parse(answer.body).error.code).toBe('NOT_SIGNED_IN');
  });

  it('streams text/event-stream with heartbeats, and only new events unless asked to resume', async () => {
    const before = await ring();
    const stream = await openTestStream(eventsUrl(), await calls.signIn('rep1'));
    expect([stream.status, stream.contentType]).toEqual([200, 'text/event-stream; charset=utf-8']);
    await stream.comment('heartbeat');
    const after = await ring();
    expect((await nextCall(stream)).callId).toBe(after);
    expect(after).not.toBe(before);
    stream.close();
  });

  it('resumes after Last-Event-ID: what was missed, in order, once', async () => {
    const token = await calls.signIn('rep1');
    const first = await openTestStream(eventsUrl(), token);
    await ring();
    const seen = await nextCall(first);
    first.close();
    const missed = [await ring(), await ring()];
    const second = await openTestStream(eventsUrl(), token, String(seen.id));
    const replayed = [await nextCall(second), await nextCall(second)];
    expect(replayed.map((e) => e.callId)).toEqual(missed);
    expect(replayed[0]!.id).toBeGreaterThan(seen.id);
    expect(replayed[1]!.id).toBeGreaterThan(replayed[0]!.id);
    const live = await ring();
    expect((await nextCall(second)).callId).toBe(live);
    second.close();
  });

  it('resumes across a backend restart on the same database, with ids that keep increasing', async () => {
    const token = await calls.signIn('rep1');
    const stream = await openTestStream(eventsUrl(), token);
    await ring();
    const seen = await nextCall(stream);
    await test.restart();
    await stream.ended;
    const missed = await ring();
    const resumed = await openTestStream(eventsUrl(), token, String(seen.id));
    const replayed = await nextCall(resumed);
    expect(replayed.callId).toBe(missed);
    expect(replayed.id).toBeGreaterThan(seen.id);
    resumed.close();
  });

  it('replays nothing older than the replay window', async () => {
    const token = await calls.signIn('rep1');
    const stream = await openTestStream(eventsUrl(), token);
    await ring();
    const seen = await nextCall(stream);
    stream.close();
    await ring();
    clock += 6 * 60_000;
    const fresh = await ring();
    const resumed = await openTestStream(eventsUrl(), token, String(seen.id));
    expect((await nextCall(resumed)).callId).toBe(fresh);
    resumed.close();
  });

  it('ends at sign-out at once, and at the next heartbeat once the session expires', async () => {
    const revoked = await calls.signIn('rep1');
    const stream = await openTestStream(eventsUrl(), revoked);
    await stream.comment('connected');
    expect((await requestJson(test.sandbox.url, '/v1/sessions/current', { method: 'DELETE', token: revoked })).status).toBe(200);
    await stream.ended;
    const expiring = await openTestStream(eventsUrl(), await calls.signIn('rep2'));
    await expiring.comment('heartbeat');
    clock += 9 * 60 * 60_000;
    await expiring.ended;
    expect((await openTestStream(eventsUrl(), revoked)).status).toBe(401);
  });
});
