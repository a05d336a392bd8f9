import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../shared/api/routes';
import { CallEventSchema, type CallEvent } from '../../shared/calls/call-events';
import { requestJson } from '../testing/request-json';
import { createSandboxCalls } from '../testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { postCtiEvent } from './testing/post-cti-event';
import { openTestStream, type TestStream } from './testing/open-test-stream';

let test: TestSandbox;
let streams: Record<'rep1' | 'rep2' | 'lead1', TestStream>;
const logged: string[] = [];
let serial = 0;

const webhook = () => test.sandbox.ctiWebhookUrl;
const callId = () => `call-${(serial += 1)}-${Date.now()}`;
const eventOf = async (stream: TestStream): Promise<CallEvent> => CallEventSchema.parse(JSON.parse((await stream.next()).data));
const base = (id: string, user: string | string[]) => ({ from: '16125550142', to: '18005550100', direction: 'in', callId: id, user });

beforeAll(async () => {
  test = await startTestSandbox({ members: 30, calls: { log: (line) => logged.push(line) } });
  const calls = createSandboxCalls(() => test.sandbox.url);
  const url = `${test.sandbox.url}/v1/agents/me/events`;
  const [rep1, rep2, lead1] = await Promise.all(['rep1', 'rep2', 'lead1'].map(async (name) => openTestStream(url, await calls.signIn(name))));
  streams = { rep1: rep1!, rep2: rep2!, lead1: lead1! };
});

afterAll(async () => {
  for (const stream of Object.values(streams ?? {})) stream.close();
  await test.stop();
});

describe('the generic CTI webhook', () => {
  it('rings the agent a JSON newCall names (by real name), with the caller number, and no one else', async () => {
    const id = callId();
    const answer = await postCtiEvent(webhook(), { event: 'newCall', ...base(id, 'Jordan Alvarez'), queue: 'M3P billing' });
    expect(answer).toMatchObject({ status: 200, body: { routedTo: 1 } });
    expect(await eventOf(streams.rep1)).toEqual({ type: 'ringing', call: {
      callId: id, ani: '16125550142', dialledNumber: '18005550100', direction: 'inbound', queue: 'M3P billing', agentExtension: null, ivr: null,
    } });
    // The next thing rep2 hears is their own call, not rep1's.
    const own = callId();
    await postCtiEvent(webhook(), { event: 'newCall', ...base(own, 'rep2') });
    expect(await eventOf(streams.rep2)).toMatchObject({ type: 'ringing', call: { callId: own } });
  });

  it.each(['urlencoded', 'multipart'] as const)('takes %s form bodies with user[] once per agent: a group call rings each', async (encoding) => {
    const id = callId();
    const answer = await postCtiEvent(webhook(), { event: 'newCall', ...base(id, ['Jordan Alvarez', 'priya shah', 'Nobody Here']) }, encoding);
    expect(answer).toMatchObject({ status: 200, body: { routedTo: 2 } });
    for (const stream of [streams.rep1, streams.rep2]) expect(await eventOf(stream)).toMatchObject({ type: 'ringing', call: { callId: id } });
  });

  it('connects who answered, stops the ringing for the others, and ends the call with the cause', async () => {
    const id = callId();
    await postCtiEvent(webhook(), { event: 'newCall', ...base(id, ['rep1', 'rep2']) });
    await Promise.all([eventOf(streams.rep1), eventOf(streams.rep2)]);
    await postCtiEvent(webhook(), { event: 'answer', ...base(id, 'Priya Shah'), answeringNumber: 'rep2' }, 'urlencoded');
    expect(await eventOf(streams.rep2)).toEqual({ type: 'connected', callId: id });
    expect(await eventOf(streams.rep1)).toEqual({ type: 'ended', callId: id, cause: 'answeredElsewhere' });
    // Zammad names only the answering agent on hangup; the call still ends for rep2, and once.
    expect(await postCtiEvent(webhook(), { event: 'hangup', ...base(id, []), cause: 'normalClearing' })).toMatchObject({ body: { routedTo: 1 } });
    expect(await eventOf(streams.rep2)).toEqual({ type: 'ended', callId: id, cause: 'normalClearing' });
  });

  it('rings with no number when the caller withheld it, and a hang-up before answer carries cancel', async () => {
    const id = callId();
    await postCtiEvent(webhook(), { event: 'newCall', ...base(id, 'lead1'), from: 'anonymous' });
    expect(await eventOf(streams.lead1)).toMatchObject({ type: 'ringing', call: { callId: id, ani: null } });
    await postCtiEvent(webhook(), { event: 'hangup', ...base(id, 'lead1'), from: 'anonymous', cause: 'cancel' });
    expect(await eventOf(streams.lead1)).toEqual({ type: 'ended', callId: id, cause: 'cancel' });
  });

  it('keeps a long phone-system call id the same on every event of the call', async () => {
    const long = 'x'.repeat(200);
    await postCtiEvent(webhook(), { event: 'newCall', ...base(long, 'rep1') });
    await postCtiEvent(webhook(), { event: 'hangup', ...base(long, 'rep1'), cause: 'busy' });
    const [ringing, ended] = [await eventOf(streams.rep1), await eventOf(streams.rep1)];
    expect(ringing.type === 'ringing' ? ringing.call.callId : null).toMatch(/^cti-[0-9a-f]{40}$/);
    expect(ended).toMatchObject({ type: 'ended', callId: ringing.type === 'ringing' ? ringing.call.callId : '', cause: 'busy' });
  });

  it('answers an unknown token exactly like an unknown route, reads nothing, rings no one', async () => {
    const unknownRoute = await requestJson(test.sandbox.url, '/v1/no-such-route', { json: {} });
    const wrong = await postCtiEvent(`${test.sandbox.url}/v1/cti/not-the-token`, { event: 'newCall', ...base(callId(), 'rep1') });
    const wrongAndMalformed = await requestJson(test.sandbox.url, '/v1/cti/not-the-token', { rawBody: '{"event":' });
    for (const answer of [wrong, wrongAndMalformed]) expect([answer.status, answer.text]).toEqual([404, unknownRoute.text]);
    expect(logged).toContain("CTI webhook refused: the token in the path is not a phone system's token.");
    const next = callId();
    await postCtiEvent(webhook(), { event: 'newCall', ...base(next, 'rep1') });
    expect(await eventOf(streams.rep1)).toMatchObject({ call: { callId: next } });
  });

  it('refuses a batch of malformed events with a clear 4xx and a logged reason, and keeps serving', async () => {
    const good = base(callId(), 'rep1');
    const raw = (rawBody: string, contentType = 'application/json') => requestJson(webhook(), '', { rawBody, headers: { 'content-type': contentType } });
    const answers = [
      await raw('{"event": "newCall",'),
      await raw(''),
      await raw('event=newCall&from=1', 'text/plain'),
      await raw('--x\r\nbroken', 'multipart/form-data; boundary=XX'),
      await postCtiEvent(webhook(), { ...good, event: 'transfer' }),
      await postCtiEvent(webhook(), { ...good, event: 'newCall', direction: 'sideways' }),
      await postCtiEvent(webhook(), { ...good, event: 'newCall', callId: '' }),
      await postCtiEvent(webhook(), { ...good, event: 'newCall', from: `1${'2'.repeat(60)}` }),
      await postCtiEvent(webhook(), { ...good, event: 'newCall', from: '1612\n5550142' }),
      await requestJson(webhook(), '', { json: { ...good, event: 'newCall', user: { name: 'rep1' } } }),
      await requestJson(webhook(), '', { json: [1, 2, 3] }),
    ];
    for (const answer of answers) {
      expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
      expect(answer.status, answer.text).toBeLessThan(500);
      expect(ApiErrorSchema.parse(answer.body).error.message.length).toBeGreaterThan(10);
    }
    expect(logged.filter((line) => line.startsWith('CTI webhook refused (4')).length).toBeGreaterThanOrEqual(answers.length);
    const next = callId();
    expect(await postCtiEvent(webhook(), { event: 'newCall', ...base(next, 'rep1') })).toMatchObject({ status: 200 });
    expect(await eventOf(streams.rep1)).toMatchObject({ call: { callId: next } });
  });

  it('takes form bodies on the webhook only', async () => {
    const signIn = await requestJson(test.sandbox.url, '/v1/sessions', { rawBody: 'username=rep1&password=sandbox', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(signIn.status).toBe(415);
  });
});
