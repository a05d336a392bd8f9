import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CONTENT_SECURITY_POLICY, APP_ORIGIN } from './app-origin';
import { createAppRequestHandler, type FetchFile } from './create-app-request-handler';

let dir = '';
const fetched: string[] = [];
/** Like net.fetch for file:// URLs: rejects for a missing file. */
const fetchFile: FetchFile = async (fileUrl) => {
  fetched.push(fileUrl);
  return new Response(readFileSync(fileURLToPath(fileUrl)), { headers: { 'Content-Type': 'text/html' } });
};
const handle = (url: string) => createAppRequestHandler(join(dir, 'renderer'), fetchFile)(new Request(url));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rep-console-app-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<html></html>');
  writeFileSync(join(dir, 'outside.txt'), 'secret');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createAppRequestHandler', () => {
  it('serves index.html for the root with the strict CSP and nosniff', async () => {
    const response = await handle(`${APP_ORIGIN}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<html></html>');
    expect(response.headers.get('Content-Security-Policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each([
    'app://evil/index.html',
    `${APP_ORIGIN}/..%2foutside.txt`,
    `${APP_ORIGIN}/..%5coutside.txt`,
    `${APP_ORIGIN}/%E0%A4%A`,
    `${APP_ORIGIN}/index.html%00`,
    `${APP_ORIGIN}/missing.js`,
  ])('answers %s with a 404 and reads nothing outside the renderer', async (url) => {
    fetched.length = 0;
    expect((await handle(url)).status).toBe(404);
    expect(fetched.every((fileUrl) => fileUrl.includes('/renderer/'))).toBe(true);
  });
});
