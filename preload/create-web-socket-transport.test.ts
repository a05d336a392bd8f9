import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WEB_BRIDGE_PAGE_PREFIX, WEB_BRIDGE_PATH, WEB_BRIDGE_PROTOCOL, WEB_BRIDGE_SECRET_PREFIX } from '../shared/ipc/web-bridge-protocol-constants';
import { startTestWebHost } from '../main/hosts/testing/start-test-web-host';
import type { WebHost } from '../main/hosts/web-host';
import { createWebSocketTransport, HOST_LOST, REFUSED, SUPERSEDED, type SocketLike } from './create-web-socket-transport';

const hosts: WebHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

/** A real web host whose session:get-current waits for `slowCall` when given one. */
async function startHost(options: { slowCall?: Promise<void> } = {}) {
  const { host } = await startTestWebHost({
    'session:get-current': async () => {
      await options.slowCall;
      return null;
    },
  });
  hosts.push(host);
  return host;
}

/** The transport as the web bridge builds it (keeping the credential the host hands it), over `ws` sockets. */
function connect(host: WebHost) {
  const secret = new URL(host.url).hash.replace('#secret=', '');
  const sockets: WebSocket[] = [];
  const closes: Promise<void>[] = [];
  const ends: string[] = [];
  let credential: string | null = null;
  const transport = createWebSocketTransport({
    url: `${host.origin.replace('http', 'ws')}${WEB_BRIDGE_PATH}`,
    protocols: () => [WEB_BRIDGE_PROTOCOL, credential ? WEB_BRIDGE_PAGE_PREFIX + credential : WEB_BRIDGE_SECRET_PREFIX + secret],
    openSocket: (url, protocols) => {
      const socket = new WebSocket(url, [...protocols], { origin: host.origin });
      socket.on('error', () => undefined);
      sockets.push(socket);
      closes.push(new Promise((resolve) => socket.once('close', () => resolve())));
      return socket as unknown as SocketLike;
    },
    onCredential: (value) => {
      credential = value;
    },
    onEnded: (reason) => ends.push(reason),
  });
  return { transport, firstClose: () => closes[0]!, sockets, ends, credential: () => credential };
}

describe('the web bridge transport, against a real web host', () => {
  it('carries a call and its answer', async () => {
    const { transport } = connect(await startHost());
    expect(await transport.invoke('session:get-current', undefined)).toEqual({ ok: true, value: null });
  });

  it('answers HOST_LOST for a call in flight when the host goes away', async () => {
    const host = await startHost({ slowCall: new Promise(() => {}) });
    const { transport } = connect(host);
    await transport.invoke('app:get-status', undefined); // answered at once (no handler here): the socket is open
    const inFlight = transport.invoke('session:get-current', undefined);
    await host.close();
    expect(await inFlight).toEqual(HOST_LOST);
  });

  it('answers HOST_LOST at once for a call made after the socket closed, before it reconnects', async () => {
    const host = await startHost();
    const { transport, firstClose } = connect(host);
    await transport.invoke('session:get-current', undefined);
    await host.close();
    await firstClose();
    // The first reconnect is 250 ms away: the socket is closed and the last open succeeded.
    const answer = await Promise.race([
      transport.invoke('session:get-current', undefined),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 150)),
    ]);
    expect(answer).toEqual(HOST_LOST);
  });

  it('swaps the launch secret for the credential the host hands it, and reconnects with that after a drop', async () => {
    const { transport, sockets, credential } = connect(await startHost());
    expect(await transport.invoke('session:get-current', undefined)).toEqual({ ok: true, value: null });
    expect(credential()).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    sockets[0]!.terminate();
    await expect.poll(async () => transport.invoke('session:get-current', undefined), { timeout: 3_000 }).toEqual({ ok: true, value: null });
    expect(sockets).toHaveLength(2);
  });

  it('stops for good, and says why, when a copy of the page takes its credential over', async () => {
    const host = await startHost();
    const page = connect(host);
    await page.transport.invoke('session:get-current', undefined);
    const copy = new WebSocket(`${host.origin.replace('http', 'ws')}${WEB_BRIDGE_PATH}`, [WEB_BRIDGE_PROTOCOL, WEB_BRIDGE_PAGE_PREFIX + page.credential()!], { origin: host.origin });
    await expect.poll(() => page.ends).toEqual(['superseded']);
    expect(await page.transport.invoke('session:get-current', undefined)).toEqual(SUPERSEDED);
    copy.close();
  });

  it('stops for good, and says the link was used, when its very first connection is refused', async () => {
    const host = await startHost();
    const first = connect(host);
    await first.transport.invoke('session:get-current', undefined);
    const second = connect(host); // the same launch link, in another tab
    expect(await second.transport.invoke('session:get-current', undefined)).toEqual(REFUSED);
    expect(second.ends).toEqual(['refused']);
  });
});
