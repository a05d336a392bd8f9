import { request } from 'node:http';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listenForRedirect } from './listen-for-redirect';

/** A GET with a Host header of our choosing (fetch would not let a test lie about it). */
function get(url: string, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    request({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, headers: host ? { host } : {} }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject).end();
  });
}

describe('the loopback redirect receiver', () => {
  it('answers only the provider redirect to /callback on its own host; other local requests change nothing', async () => {
    const receiver = await listenForRedirect({ port: 0, expectedState: 'state-1', timeoutMs: 5_000, signal: new AbortController().signal });
    expect(receiver.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(await get(`${receiver.redirectUri.replace('/callback', '/favicon.ico')}`)).toBe(404);
    expect(await get(`${receiver.redirectUri}?code=c&state=state-1`, 'evil.example:80')).toBe(404);
    expect(await get(`${receiver.redirectUri}?code=c&state=state-1`)).toBe(200);
    const url = await receiver.redirect;
    expect(url.searchParams.get('code')).toBe('c');
    await expect(get(`${receiver.redirectUri}?code=c&state=state-1`)).rejects.toThrow();
  });

  it('says which port is taken when policy fixes one that is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(listenForRedirect({ port, expectedState: 's', timeoutMs: 1_000, signal: new AbortController().signal })).rejects.toMatchObject({
        code: 'SIGN_IN_FAILED',
        message: expect.stringContaining(`port ${port} is in use`),
      });
    } finally {
      blocker.close();
    }
  });
});
