/**
 * Messages over a paired link: events reach the call model once each, commands reach the softphone,
 * malformed frames are refused with a logged reason and never stop the link, one softphone at a time,
 * and a softphone that lost the console reconnects and resends what was not acknowledged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_CLOSE, LINK_MAX_MESSAGE_BYTES } from '../../../shared/softphone/link-protocol';
import type { CallCommand } from '../../../shared/calls/call-events';
import { createSoftphoneSimulator, type SoftphoneSimulator } from '../../../sandbox/softphone/create-softphone-simulator';
import { connectRawLink, type RawLinkClient } from './testing/connect-raw-link';
import { startTestLink, type TestLink } from './testing/start-test-link';
import type { CommandOutcome } from './softphone-link';

const softphone = { name: 'Raw Phone', version: '1' };
const ringing = (callId: string) => ({ type: 'ringing', call: { callId, ani: '5552014477', dialledNumber: null, direction: 'inbound', queue: null, agentExtension: null, ivr: null } });

let testLink: TestLink;
let token: string;
const results: { command: CallCommand; outcome: CommandOutcome }[] = [];

beforeAll(async () => {
  testLink = await startTestLink({ refusalLinesPerMinute: 100, onCommandResult: (command, outcome) => results.push({ command, outcome }) });
  const pairer = createSoftphoneSimulator({ url: testLink.url });
  token = await pairer.pair(testLink.link.newPairingCode().pairing!.code);
  pairer.close();
});
afterAll(() => testLink.stop());

/** A raw client that said hello with the paired token and was welcomed. */
async function helloClient(): Promise<RawLinkClient> {
  const client = await connectRawLink(testLink.url);
  client.send({ type: 'hello', token, softphone });
  expect(await client.next()).toMatchObject({ type: 'welcome' });
  return client;
}

/** A paired simulator connected with the token; closed by the caller. */
async function connectedPhone(): Promise<SoftphoneSimulator> {
  const phone = createSoftphoneSimulator({ url: testLink.url, backoff: { initialMs: 20, maxMs: 200 } });
  await phone.connect(token);
  return phone;
}

describe('call events and commands over the link', () => {
  it('delivers each event once, acknowledging a resent duplicate without delivering it again', async () => {
    const client = await helloClient();
    const delivered = testLink.nextEvent();
    client.send({ type: 'call_event', id: 'e-1', event: ringing('dup-1') });
    expect(await client.next()).toEqual({ v: 1, type: 'ack', id: 'e-1', ok: true });
    expect(await delivered).toMatchObject({ type: 'ringing', call: { callId: 'dup-1', ani: '5552014477' } });
    const before = testLink.events.length;
    client.send({ type: 'call_event', id: 'e-1', event: ringing('dup-1') });
    expect(await client.next()).toEqual({ v: 1, type: 'ack', id: 'e-1', ok: true });
    client.send({ type: 'ping', id: 'p' });
    expect(await client.next()).toEqual({ v: 1, type: 'pong', id: 'p' });
    expect(testLink.events.length).toBe(before);
    client.ws.close();
    await client.closed;
  });

  it('sends commands to the softphone, which carries them out and reports the result and the new state', async () => {
    const phone = await connectedPhone();
    const callId = await phone.ring({ ani: '(555) 201-4477', queue: 'Billing', ivr: { memberId: 'NSH400012345', isVerified: true } });
    expect(testLink.events.at(-1)).toMatchObject({ type: 'ringing', call: { callId, queue: 'Billing', ivr: { memberId: 'NSH400012345', isVerified: true } } });
    const heard = new Promise<CallCommand>((resolve) => phone.onCommand(resolve));
    const connected = testLink.nextEvent();
    expect(testLink.link.send({ type: 'answer', callId })).toBe(true);
    expect(await heard).toEqual({ type: 'answer', callId });
    expect(await connected).toEqual({ type: 'connected', callId });
    expect(results.at(-1)).toEqual({ command: { type: 'answer', callId }, outcome: { ok: true } });

    const refused = new Promise<void>((resolve) => phone.onCommand(() => setImmediate(resolve)));
    testLink.link.send({ type: 'hold', callId: 'not-this-call' });
    await refused;
    await expect.poll(() => results.at(-1)?.outcome).toMatchObject({ ok: false, error: { code: 'no_such_call' } });
    phone.close();
    await testLink.nextView((view) => view.state === 'disconnected');
    expect(testLink.link.send({ type: 'hang_up', callId })).toBe(false);
  });

  it('refuses a batch of malformed messages, each with a logged reason, and keeps working', async () => {
    const fatal: [string, string | Buffer, string][] = [
      ['not JSON', '{"v":1,', 'bad_json'],
      ['a JSON array', '[1,2]', 'bad_message'],
      ['a wrong version', JSON.stringify({ v: 2, type: 'hello', token, softphone }), 'unsupported_version'],
      ['an unknown type', JSON.stringify({ v: 1, type: 'dial', number: '911' }), 'unknown_type'],
      ['a hello with extra fields', JSON.stringify({ v: 1, type: 'hello', token, softphone, admin: true }), 'bad_message'],
      ['a binary frame', Buffer.from([1, 2, 3]), 'bad_json'],
      ['an event before the handshake', JSON.stringify({ v: 1, type: 'call_event', id: 'x', event: ringing('early') }), 'not_authenticated'],
    ];
    for (const [, frame, code] of fatal) {
      const client = await connectRawLink(testLink.url);
      client.sendRaw(frame);
      expect(await client.next()).toMatchObject({ type: 'error', code });
      expect(await client.closed).toBe(LINK_CLOSE.PROTOCOL_ERROR);
    }
    const oversized = await connectRawLink(testLink.url);
    oversized.sendRaw('x'.repeat(LINK_MAX_MESSAGE_BYTES + 1));
    expect(await oversized.closed).toBe(LINK_CLOSE.TOO_LARGE);

    // A bad event on a live connection is refused on its own (a negative ack); the link stays up.
    const live = await helloClient();
    for (const [id, event] of [
      ['b-1', { type: 'ringing', call: { callId: 'has space' } }],
      ['b-2', { type: 'exploded', callId: 'c' }],
      ['b-3', { ...ringing('c-3'), call: { ...ringing('c-3').call, ani: 'a\nb' } }],
    ] as const) {
      live.send({ type: 'call_event', id, event });
      expect(await live.next()).toMatchObject({ type: 'ack', id, ok: false, error: { code: 'bad_event' } });
    }
    live.send({ type: 'call_event', id: 'good-1', event: ringing('after-batch') });
    expect(await live.next()).toMatchObject({ type: 'ack', id: 'good-1', ok: true });
    expect(testLink.events.at(-1)).toMatchObject({ call: { callId: 'after-batch' } });

    const reasons = testLink.log.lines().filter((line) => line.msg === 'softphone link refused').map((line) => line.reason);
    expect(reasons.filter((reason) => reason === 'malformed message' || reason === 'binary frame' || reason === 'event before handshake')).toHaveLength(fatal.length);
    expect(reasons).toContain('websocket protocol error');
    expect(reasons.filter((reason) => reason === 'malformed call event')).toHaveLength(3);
    expect(JSON.stringify(testLink.log.lines())).not.toContain('5552014477');
    live.ws.close();
    await live.closed;
  });

  it('lets one softphone in at a time: a second with the token replaces the first, which stays away', async () => {
    const stopped: string[] = [];
    const first = createSoftphoneSimulator({ url: testLink.url, onState: (state, detail) => state === 'stopped' && stopped.push(detail ?? '') });
    await first.connect(token);
    const second = await connectedPhone();
    await expect.poll(() => stopped).toEqual([expect.stringMatching(/replaced/)]);
    expect(testLink.link.view().state).toBe('connected');
    second.close();
    await testLink.nextView((view) => view.state === 'disconnected');
  });
});

describe('a softphone that loses the console', () => {
  it('reconnects with its token after the console restarts and resends the event it was not acknowledged for', async () => {
    const phone = await connectedPhone();
    const { port, dir } = testLink;
    await testLink.close();
    const callId = 'rang-while-down';
    const acked = phone.ring({ ani: '5552014477', callId });
    testLink = await startTestLink({ dir, port });
    expect(await testLink.nextEvent()).toMatchObject({ type: 'ringing', call: { callId } });
    await acked;
    expect(testLink.link.view()).toMatchObject({ state: 'connected', softphoneName: 'Sandbox Softphone' });
    phone.close();
  });
});
