/**
 * Pairing over the real link: the code the rep is shown pairs a softphone once, wrong, expired and
 * locked codes are refused, browsers never get in, and the token works again after a restart.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { LINK_CLOSE, LINK_MAX_PAIRING_ATTEMPTS } from '../../../shared/softphone/link-protocol';
import { createSoftphoneSimulator } from '../../../sandbox/softphone/create-softphone-simulator';
import { connectRawLink } from './testing/connect-raw-link';
import { startTestLink, type TestLink } from './testing/start-test-link';

const softphone = { name: 'Acme Phone', version: '4.2' };
let testLink: TestLink;
afterEach(() => testLink.stop());

/** Tries one code on a fresh connection; returns the console's error code and the close code. */
async function tryCode(code: string): Promise<{ error: unknown; close: number }> {
  const client = await connectRawLink(testLink.url);
  client.send({ type: 'pair', code, softphone });
  const answer = await client.next();
  return { error: answer.code, close: await client.closed };
}

const refusals = () => testLink.log.lines().filter((line) => line.msg === 'softphone link refused').map((line) => line.reason);

describe('pairing a softphone', () => {
  it('pairs with the code the rep is shown, shows it connected by name, and keeps no token on disk', async () => {
    testLink = await startTestLink();
    expect(testLink.link.view()).toMatchObject({ state: 'unpaired', pairing: null });
    const { pairing } = testLink.link.newPairingCode();
    expect(pairing?.code).toMatch(/^\d{6}$/);
    expect(Date.parse(pairing!.expiresAt) - Date.now()).toBeGreaterThan(4 * 60_000);

    const phone = createSoftphoneSimulator({ url: testLink.url, name: 'Acme Phone' });
    const connected = testLink.nextView((view) => view.state === 'connected');
    const token = await phone.pair(pairing!.code);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await connected).toMatchObject({ state: 'connected', softphoneName: 'Acme Phone', pairing: null });

    const file = join(testLink.dir, 'softphone', 'pairing.bin');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).toString('latin1')).not.toContain(token);
    expect(readFileSync(file).toString('latin1')).not.toContain('Acme');
    phone.close();
    expect((await testLink.nextView((view) => view.state !== 'connected')).state).toBe('disconnected');
  });

  it('accepts the token again after the console restarts, and a code only once', async () => {
    testLink = await startTestLink();
    const { pairing } = testLink.link.newPairingCode();
    const first = createSoftphoneSimulator({ url: testLink.url });
    const token = await first.pair(pairing!.code);
    first.close();
    await testLink.close();

    const { dir } = testLink;
    testLink = await startTestLink({ dir });
    expect(testLink.link.view()).toMatchObject({ state: 'disconnected', softphoneName: 'Sandbox Softphone' });
    const again = createSoftphoneSimulator({ url: testLink.url });
    await again.connect(token);
    expect(testLink.link.view().state).toBe('connected');
    again.close();
    expect(await tryCode(pairing!.code)).toEqual({ error: 'no_pairing_code', close: LINK_CLOSE.PAIRING_REFUSED });
  });

  it(`refuses wrong codes and locks after ${LINK_MAX_PAIRING_ATTEMPTS} of them, even for the right code`, async () => {
    testLink = await startTestLink();
    const code = testLink.link.newPairingCode().pairing!.code;
    const wrong = code === '000000' ? '000001' : '000000';
    for (let attempt = 1; attempt < LINK_MAX_PAIRING_ATTEMPTS; attempt += 1) {
      expect(await tryCode(wrong)).toEqual({ error: 'wrong_code', close: LINK_CLOSE.PAIRING_REFUSED });
    }
    expect(await tryCode(wrong)).toEqual({ error: 'code_locked', close: LINK_CLOSE.PAIRING_REFUSED });
    expect(await tryCode(code)).toEqual({ error: 'code_locked', close: LINK_CLOSE.PAIRING_REFUSED });
    expect(testLink.link.view()).toMatchObject({ state: 'unpaired', pairing: null });
    expect(refusals()).toContain('pairing refused');

    const fresh = testLink.link.newPairingCode().pairing!.code;
    await createSoftphoneSimulator({ url: testLink.url }).pair(fresh);
  });

  it('refuses an expired code and takes it off the screen', async () => {
    testLink = await startTestLink({ pairingCodeTtlSeconds: 120 });
    const code = testLink.link.newPairingCode().pairing!.code;
    testLink.advance(121_000);
    expect(await tryCode(code)).toEqual({ error: 'code_expired', close: LINK_CLOSE.PAIRING_REFUSED });
    expect(testLink.link.view().pairing).toBeNull();
  });

  it('refuses any connection that carries a browser Origin, a foreign Host or another path, before the handshake', async () => {
    testLink = await startTestLink();
    await expect(connectRawLink(testLink.url, { Origin: 'https://evil.example' })).rejects.toThrow(/403/);
    await expect(connectRawLink(testLink.url, { Origin: 'null' })).rejects.toThrow(/403/);
    await expect(connectRawLink(testLink.url, { Host: `rebind.example:${testLink.port}` })).rejects.toThrow(/403/);
    await expect(connectRawLink(testLink.url.replace('/softphone', '/bridge'))).rejects.toThrow(/404/);
    expect(refusals()).toEqual(['browser origin', 'browser origin', 'wrong path or host', 'wrong path or host']);
  });

  it('logs a flood of refused knocks within its budget, counting the rest in one line', async () => {
    testLink = await startTestLink();
    for (let knock = 0; knock < 25; knock += 1) {
      await expect(connectRawLink(testLink.url, { Origin: 'https://evil.example' })).rejects.toThrow(/403/);
    }
    await testLink.close();
    expect(refusals()).toHaveLength(10);
    expect(testLink.log.lines().find((line) => line.total === 15)).toMatchObject({ suppressed: { 'browser origin': 15 } });
  });

  it('refuses an unknown token, and a forgotten softphone is disconnected and refused from then on', async () => {
    testLink = await startTestLink();
    const stranger = await connectRawLink(testLink.url);
    stranger.send({ type: 'hello', token: 'A'.repeat(43), softphone });
    expect(await stranger.next()).toMatchObject({ type: 'error', code: 'bad_token' });
    expect(await stranger.closed).toBe(LINK_CLOSE.TOKEN_REFUSED);

    let onStopped = (_detail?: string) => undefined as void;
    const stopped = new Promise<string | undefined>((resolve) => (onStopped = resolve));
    const phone = createSoftphoneSimulator({ url: testLink.url, onState: (state, detail) => state === 'stopped' && onStopped(detail) });
    const token = await phone.pair(testLink.link.newPairingCode().pairing!.code);
    expect(testLink.link.forget()).toMatchObject({ state: 'unpaired', softphoneName: null });
    expect(await stopped).toMatch(/bad_token/);
    const again = createSoftphoneSimulator({ url: testLink.url });
    await expect(again.connect(token)).rejects.toThrow(/bad_token/);
  });

  it('cuts a paired softphone that stops answering pings, and shows it disconnected', async () => {
    testLink = await startTestLink({ heartbeatMs: 50 });
    const phone = createSoftphoneSimulator({ url: testLink.url });
    const token = await phone.pair(testLink.link.newPairingCode().pairing!.code);
    phone.close();
    await testLink.nextView((view) => view.state === 'disconnected');
    const asleep = new WebSocket(testLink.url, { autoPong: false });
    await new Promise((resolve) => asleep.once('open', resolve));
    asleep.send(JSON.stringify({ v: 1, type: 'hello', token, softphone }));
    await testLink.nextView((view) => view.state === 'connected');
    await testLink.nextView((view) => view.state === 'disconnected');
    expect(refusals()).toContain('no pong to pings');
  });

  it('closes a connection that never says pair or hello', async () => {
    testLink = await startTestLink({ handshakeTimeoutMs: 100 });
    const idle = await connectRawLink(testLink.url);
    expect(await idle.next()).toMatchObject({ type: 'error', code: 'timeout' });
    expect(await idle.closed).toBe(LINK_CLOSE.TIMEOUT);
  });
});
