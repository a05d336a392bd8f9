import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEB_BRIDGE_PROTOCOL, WEB_BRIDGE_SUPERSEDED } from '../../shared/ipc/web-bridge-protocol';
import type { EventBus } from '../events/create-event-bus';
import { connectBridge } from './testing/connect-bridge';
import { secretOf, startTestWebHost } from './testing/start-test-web-host';
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

const connect = (protocols: string[], origin = host.origin) => connectBridge(host, protocols, origin);

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
    expect(await ws.next()).toMatchObject({ type: 'credential' });
    ws.ws.send(JSON.stringify({ type: 'invoke', id: 7, channel: 'session:get-current' }));
    expect(await ws.next()).toEqual({ type: 'result', id: 7, result: { ok: true, value: null } });
    const event = ws.next();
    events.emit('connection:changed', { isOnline: false, backendUrl: 'http://x', checkedAt: new Date().toISOString(), message: 'down' });
    expect(await event).toMatchObject({ type: 'event', channel: 'connection:changed', payload: { isOnline: false } });
    ws.ws.close();
  });

  it('lets a launch secret open one page, once, and hands that page a credential of its own', async () => {
    const ws = await connect([WEB_BRIDGE_PROTOCOL, `secret.${secret}`]);
    const { credential } = (await ws.next()) as { credential: string };
    expect(credential).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // The same link again (a second tab, the browser's history) is refused.
    await expect(connect([WEB_BRIDGE_PROTOCOL, `secret.${secret}`])).rejects.toThrow('HTTP 401');
    ws.ws.close();
    // The page itself reconnects (a reload) with its credential, and no new credential is handed out.
    const again = await connect([WEB_BRIDGE_PROTOCOL, `page.${credential}`]);
    again.ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'session:get-current' }));
    expect(await again.next()).toMatchObject({ type: 'result', id: 1 });
    again.ws.close();
  });

  it('gives a page credential to one socket at a time: a copy of the page takes over and the old one is told', async () => {
    const first = await connect([WEB_BRIDGE_PROTOCOL, `secret.${secret}`]);
    const { credential } = (await first.next()) as { credential: string };
    const second = await connect([WEB_BRIDGE_PROTOCOL, `page.${credential}`]);
    expect(await first.closed).toBe(WEB_BRIDGE_SUPERSEDED);
    second.ws.close();
  });

  it('prints new launch links on demand, each good for one page', async () => {
    const link = host.newLaunchUrl();
    expect(secretOf(link)).not.toBe(secret);
    const ws = await connect([WEB_BRIDGE_PROTOCOL, `secret.${secretOf(link)}`]);
    expect(await ws.next()).toMatchObject({ type: 'credential' });
    await expect(connect([WEB_BRIDGE_PROTOCOL, `secret.${secretOf(link)}`])).rejects.toThrow('HTTP 401');
    ws.ws.close();
  });

  it('refuses a made-up page credential', async () => {
    await expect(connect([WEB_BRIDGE_PROTOCOL, 'page.not-a-credential-this-host-gave'])).rejects.toThrow('HTTP 401');
  });

  it('closes a socket that sends a malformed frame', async () => {
    const ws = await connect([WEB_BRIDGE_PROTOCOL, `secret.${secret}`]);
    await ws.next();
    ws.ws.send('{"type":"invoke","id":"x"}');
    expect(await ws.closed).toBe(1008);
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
