/**
 * The softphone simulator against the real link, as demos and end-to-end tests use it: prompt lines
 * become calls with IVR data, and secure capture reports progress and a processor token, never digits.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallEvent } from '../../../shared/calls/call-events';
import { createSoftphoneSimulator, type SoftphoneSimulator } from '../../../sandbox/softphone/create-softphone-simulator';
import { runSoftphoneCommand } from '../../../sandbox/softphone/run-softphone-command';
import { startTestLink, type TestLink } from './testing/start-test-link';

let testLink: TestLink;
let phone: SoftphoneSimulator;
let processor: Server;
const keyed: unknown[] = [];

beforeAll(async () => {
  // A stand-in for the processor's POST /v1/tokens (shared/api/processor-routes.ts).
  processor = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const card = JSON.parse(body) as { number: string; expMonth: number; expYear: number };
      keyed.push(card);
      const isGood = card.number.startsWith('4111');
      response.writeHead(isGood ? 201 : 422, { 'content-type': 'application/json' });
      response.end(JSON.stringify(isGood
        ? { token: 'tok_simulated0001', kind: 'card', brand: 'Visa', last4: card.number.slice(-4), expMonth: card.expMonth, expYear: card.expYear }
        : { error: { code: 'CARD_NUMBER_INVALID', message: 'The card number is not valid.' } }));
    });
  });
  await new Promise<void>((resolve) => processor.listen(0, '127.0.0.1', resolve));
  testLink = await startTestLink();
  phone = createSoftphoneSimulator({ url: testLink.url, processorUrl: `http://127.0.0.1:${(processor.address() as AddressInfo).port}` });
  await runSoftphoneCommand(`pair ${testLink.link.newPairingCode().pairing!.code}`, { phone });
});
afterAll(async () => {
  phone.close();
  await testLink.stop();
  await new Promise((resolve) => processor.close(resolve));
});

/** Collects events until one matches `isLast`. */
function eventsUntil(isLast: (event: CallEvent) => boolean): Promise<CallEvent[]> {
  const start = testLink.events.length;
  return expect.poll(() => testLink.events.slice(start).some(isLast), { timeout: 5_000 }).toBe(true).then(() => testLink.events.slice(start));
}

describe('the softphone simulator', () => {
  it('rings a call from a prompt line with the caller number, queue and IVR data', async () => {
    await runSoftphoneCommand('ring 5552014477 queue=Billing member=NSH400012345 verified intent=payment call=demo-1', { phone });
    expect(testLink.events.at(-1)).toEqual({
      type: 'ringing',
      call: { callId: 'demo-1', ani: '5552014477', dialledNumber: null, direction: 'inbound', queue: 'Billing', agentExtension: null, ivr: { memberId: 'NSH400012345', isVerified: true, intent: 'payment' } },
    });
    await runSoftphoneCommand('answer', { phone });
    await runSoftphoneCommand('hold', { phone });
    expect(testLink.events.slice(-2)).toEqual([{ type: 'connected', callId: 'demo-1' }, { type: 'held', callId: 'demo-1' }]);
    await expect(runSoftphoneCommand('dial 911', { phone })).rejects.toThrow(/Unknown command/);
  });

  it('keys the test card on start_secure_capture and reports only progress and the processor token', async () => {
    const events = eventsUntil((event) => event.type === 'secure_capture' && event.status === 'completed');
    testLink.link.send({ type: 'start_secure_capture', callId: 'demo-1', captureId: 'cap-1' });
    const capture = (await events).filter((event) => event.type === 'secure_capture');
    expect(capture[0]).toMatchObject({ status: 'started', captureId: 'cap-1' });
    expect(capture).toContainEqual(expect.objectContaining({ status: 'progress', field: 'card_number', digitsEntered: 16 }));
    expect(capture.at(-1)).toMatchObject({ status: 'completed', card: { token: 'tok_simulated0001', brand: 'Visa', last4: '1111', expMonth: 12, expYear: 2030 } });
    expect(JSON.stringify(testLink.events)).not.toContain('4111111111111111');
    expect(keyed).toHaveLength(1);
  });

  it('reports a card the processor refuses as failed, with its reason', async () => {
    await runSoftphoneCommand('card 4000000000000002 01/2031 999 02139', { phone });
    const events = eventsUntil((event) => event.type === 'secure_capture' && event.status === 'failed');
    testLink.link.send({ type: 'start_secure_capture', callId: 'demo-1', captureId: 'cap-2' });
    expect((await events).at(-1)).toMatchObject({ status: 'failed', reason: 'The card number is not valid.' });
  });

  it('hangs up on the console\'s command and forgets the call', async () => {
    const ended = testLink.nextEvent();
    testLink.link.send({ type: 'hang_up', callId: 'demo-1' });
    expect(await ended).toEqual({ type: 'ended', callId: 'demo-1', cause: 'NORMAL_CLEARING' });
    expect(phone.callId).toBeNull();
  });
});
