import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WEB_BRIDGE_PROTOCOL } from '../../shared/ipc/web-bridge-protocol';
import type { EventBus } from '../events/create-event-bus';
import { startTestWebHost } from './testing/start-test-web-host';
import type { WebHost } from './web-host';

let host: WebHost;
let events: EventBus;
let secret: string;

beforeEach(async () => {
  const started = await startTestWebHost({ 'session:get-current': async () => null });
  ({ host, events, secret } = started);
  writeFileSync(join(started.dir, 'outside.txt'), 'must not be served');
});
afterEach(() => host.close());

function connect(protocols: string[], origin = host.origin): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/bridge`, protocols, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)) as Record<string, unknown>)));
}

describe('the web host', () => {
  it('listens on loopback only and hands out a secret in the URL fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#secret=[A-Za-z0-9_-]{40,}$/);
  });

  it('refuses a bridge connection without the secret, with a wrong one, or from another origin', async () => {
    await expect(connect([WEB_BRIDGE_PROTOCOL])).rejects.toThrow('HTTP 401');
    await expect(connect([WEB_BRIDGE_PROTOCOL, 'secret.wrong-secret'])).rejects.toThrow('HTTP 401');
    await expect(connect([WEB_BRIDGE_PROTOCOL, `secret.${secret}`], 'https://evil.example')).rejects.toThrow('HTTP 401');
  });

  it('answers calls and forwards events once the secret is right', async () => {
    const ws = await connect([WEB_BRIDGE_PROTOCOL, `secret.${secret}`]);
    ws.send(JSON.stringify({ type: 'invoke', id: 7, channel: 'session:get-current' }));
    expect(await nextMessage(ws)).toEqual({ type: 'result', id: 7, result: { ok: true, value: null } });
    const event = nextMessage(ws);
    events.emit('connection:changed', { isOnline: false, backendUrl: 'http://x', checkedAt: new Date().toISOString(), message: 'down' });
    expect(await event).toMatchObject({ type: 'event', channel: 'connection:changed', payload: { isOnline: false } });
    ws.close();
  });

  it('closes a socket that sends a malformed frame', async () => {
    const ws = await connect([WEB_BRIDGE_PROTOCOL, `secret.${secret}`]);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('{"type":"invoke","id":"x"}');
    expect(await closed).toBe(1008);
  });

  it('serves the renderer with the bridge injected and a strict CSP', async () => {
    const response = await fetch(`${host.origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<script src="./web-bridge.js"></script>');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt']) {
      const response = await fetch(`${host.origin}${path}`);
      expect(response.status).toBe(404);
    }
  });

  it('refuses requests for another Host name (DNS rebinding)', async () => {
    const port = new URL(host.origin).port;
    const status = await new Promise<number>((resolve) => {
      void import('node:http').then(({ request }) => {
        request({ host: '127.0.0.1', port, path: '/', headers: { Host: `attacker.example:${port}` } }, (res) => resolve(res.statusCode ?? 0)).end();
      });
    });
    expect(status).toBe(421);
  });
});
