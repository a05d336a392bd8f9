/**
 * Nothing a client sends may stop the web host: hostile handshakes and protocol errors end that one
 * connection (with a close code and a bounded log), and every other client carries on. Real host,
 * real sockets, loopback only; every loop is bounded in count and time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEB_BRIDGE_PROTOCOL } from '../../shared/ipc/web-bridge-protocol';
import { connectBridge, type BridgeClient } from './testing/connect-bridge';
import { createMemoryLogger, type MemoryLogger } from './testing/create-memory-logger';
import { encodeFrame, sendRaw, upgradeRequest, type RawFrame } from './testing/raw-web-socket';
import { secretOf, startTestWebHost } from './testing/start-test-web-host';
import type { WebHost } from './web-host';

let host: WebHost;
let port: number;
let log: MemoryLogger;

beforeEach(async () => {
  log = createMemoryLogger();
  ({ host } = await startTestWebHost({ 'session:get-current': async () => null }, log.logger));
  port = Number(new URL(host.origin).port);
});
afterEach(() => host.close());

const withLaunchSecret = () => `${WEB_BRIDGE_PROTOCOL}, secret.${secretOf(host.newLaunchUrl())}`;

/** A signed-in page doing a real call: what must keep working whatever the others send. */
async function expectCallWorks(client?: BridgeClient): Promise<void> {
  const page = client ?? (await connectBridge(host, [WEB_BRIDGE_PROTOCOL, `secret.${secretOf(host.newLaunchUrl())}`]));
  if (!client) expect(await page.next()).toMatchObject({ type: 'credential' });
  page.ws.send(JSON.stringify({ type: 'invoke', id: 42, channel: 'session:get-current' }));
  expect(await page.next()).toEqual({ type: 'result', id: 42, result: { ok: true, value: null } });
}

const text = (payload: string | Buffer): Buffer => (typeof payload === 'string' ? Buffer.from(payload) : payload);
const closePayload = (code: number) => Buffer.from([code >> 8, code & 0xff]);

const PROTOCOL_ERRORS: readonly { name: string; frame: RawFrame; closeCode: number }[] = [
  { name: 'a frame over the size limit', frame: { opcode: 0x1, declaredLength: 2 * 1024 * 1024 }, closeCode: 1009 },
  { name: 'invalid UTF-8 in a text frame', frame: { opcode: 0x1, payload: Buffer.from([0x7b, 0xff, 0xfe]) }, closeCode: 1007 },
  { name: 'an unknown opcode', frame: { opcode: 0x3, payload: text('x') }, closeCode: 1002 },
  { name: 'RSV bits without an extension', frame: { opcode: 0x1, rsv: 0b100, payload: text('{}') }, closeCode: 1002 },
  { name: 'an unmasked frame', frame: { opcode: 0x1, isMasked: false, payload: text('{}') }, closeCode: 1002 },
  { name: 'an oversized ping', frame: { opcode: 0x9, payload: Buffer.alloc(126) }, closeCode: 1002 },
  { name: 'a close frame with a reserved code', frame: { opcode: 0x8, payload: closePayload(1005) }, closeCode: 1002 },
];

describe('the web host under hostile input', () => {
  it('survives an upgrade whose request target cannot be parsed, answering 400 and logging it', async () => {
    const outcome = await sendRaw(port, upgradeRequest({ port, target: 'http://[', protocols: withLaunchSecret() }));
    expect(outcome.status).toBe(400);
    expect(log.lines().some((line) => line.reason === 'wrong path, host or origin' && line.path === '(unparsable)')).toBe(true);
    await expectCallWorks();
  });

  for (const { name, frame, closeCode } of PROTOCOL_ERRORS) {
    it(`disconnects a signed-in client that sends ${name} with close code ${closeCode}, one log line, and carries on`, async () => {
      const bystander = await connectBridge(host, [WEB_BRIDGE_PROTOCOL, `secret.${secretOf(host.newLaunchUrl())}`]);
      await bystander.next();
      const outcome = await sendRaw(port, upgradeRequest({ port, protocols: withLaunchSecret() }), [encodeFrame(frame)]);
      expect(outcome).toEqual({ status: 101, closeCode });
      expect(log.lines().filter((line) => line.reason === 'bridge protocol error')).toHaveLength(1);
      await expectCallWorks(bystander);
      await expectCallWorks();
    });
  }

  it('takes a thousand malformed upgrades and frames, then still answers a valid call', async () => {
    const started = Date.now();
    const badUpgrades = ['http://[', '/bridge%', '//evil.example/bridge', '/bridge?x=\u0001', '*', '/bridge/../bridge'];
    const jobs: (() => Promise<unknown>)[] = [];
    for (let i = 0; i < 600; i += 1) {
      const target = badUpgrades[i % badUpgrades.length]!;
      const protocols = i % 3 === 0 ? withLaunchSecret() : `${WEB_BRIDGE_PROTOCOL}, secret.guess-${i}`;
      jobs.push(() => sendRaw(port, upgradeRequest({ port, target, protocols, ...(i % 5 === 0 ? { origin: 'https://evil.example' } : {}) }), [], 2_000));
    }
    for (let i = 0; i < 400; i += 1) {
      const { frame } = PROTOCOL_ERRORS[i % PROTOCOL_ERRORS.length]!;
      const garbage = encodeFrame({ opcode: 0x1, payload: text(i % 2 ? '{"type":"invoke","id":-1}' : 'not json') });
      jobs.push(() => sendRaw(port, upgradeRequest({ port, protocols: withLaunchSecret() }), [i % 4 === 0 ? garbage : encodeFrame(frame)], 2_000));
    }
    // Twenty at a time: enough to overlap, few enough to stay polite to a 2-core machine.
    for (let i = 0; i < jobs.length; i += 20) await Promise.all(jobs.slice(i, i + 20).map((job) => job()));
    expect(Date.now() - started).toBeLessThan(25_000);
    await expectCallWorks();
  }, 30_000);

  it('keeps refused connections from flooding the log: a few lines in full, cut short, then one summary', async () => {
    const longPath = `/${'a'.repeat(5_000)}`;
    for (let i = 0; i < 300; i += 20) {
      await Promise.all(Array.from({ length: 20 }, () => sendRaw(port, upgradeRequest({ port, target: longPath, protocols: WEB_BRIDGE_PROTOCOL }), [], 2_000)));
    }
    await host.close();
    const lines = log.lines();
    expect(lines.length).toBeLessThanOrEqual(11);
    expect(Math.max(...lines.map((line) => JSON.stringify(line).length))).toBeLessThan(400);
    expect(lines.at(-1)).toMatchObject({ total: 290, suppressed: { 'wrong path, host or origin': 290 } });
  });
});
