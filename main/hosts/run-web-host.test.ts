/**
 * The whole console as the web host runs it (config, logger, key store, cache, services, host) against
 * a real sandbox, driven over its real bridge socket: what it leaves in the user-data folder.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSampleMembers } from '../../sandbox/database/find-sample-members';
import { openDatabase } from '../../sandbox/database/open-database';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import { WEB_BRIDGE_PROTOCOL } from '../../shared/ipc/web-bridge-protocol';
import { runWebHost } from './run-web-host';
import { connectBridge, type BridgeClient } from './testing/connect-bridge';
import { secretOf } from './testing/start-test-web-host';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ members: 30 });
});
afterAll(() => sandbox.stop());

let nextId = 1;
async function call(page: BridgeClient, channel: string, input?: unknown): Promise<unknown> {
  const id = nextId++;
  page.ws.send(JSON.stringify({ type: 'invoke', id, channel, input }));
  // Events main pushes meanwhile (the rep's state on sign-in, calls) are not the answer.
  let frame: { type?: string; id?: number; result?: { ok: boolean; value?: unknown } };
  do frame = (await page.next()) as typeof frame;
  while (frame.type === 'event');
  expect(frame).toMatchObject({ id, result: { ok: true } });
  return frame.result?.value;
}

/** Asserts every folder below `dir` (and `dir`) is 0700 and every file 0600; returns the paths seen. */
function expectPrivate(dir: string): string[] {
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  return readdirSync(dir, { withFileTypes: true, recursive: true }).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    expect(statSync(path).mode & 0o777, path).toBe(entry.isDirectory() ? 0o700 : 0o600);
    return path.slice(dir.length + 1);
  });
}

describe.runIf(process.platform !== 'win32')('the web host run as a rep uses it', () => {
  it('writes only 0600 files in 0700 folders into the user-data folder: cache, WAL, key and logs', async () => {
    const userDataDir = join(mkdtempSync(join(tmpdir(), 'run-web-host-')), 'user-data');
    const env = { REPCONSOLE_BACKEND_URL: sandbox.sandbox.url, REPCONSOLE_POLICY_FILE: join(userDataDir, 'none.json') };
    const host = await runWebHost({ userDataDir, env });
    let whileRunning: string[] = [];
    try {
      const page = await connectBridge(host, [WEB_BRIDGE_PROTOCOL, `secret.${secretOf(host.url)}`]);
      expect(await page.next()).toMatchObject({ type: 'credential' });
      await call(page, 'session:sign-in', { username: 'rep1', password: 'sandbox' });
      const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
      const members = findSampleMembers(db);
      db.close();
      for (const member of members) await call(page, 'members:open', { memberId: member.memberId });
      whileRunning = expectPrivate(userDataDir);
      await call(page, 'session:sign-out');
      page.ws.close();
    } finally {
      await host.close();
    }
    expect(whileRunning).toEqual(expect.arrayContaining(['cache', 'cache/cache.key', 'cache/member-cache.sqlite', 'cache/member-cache.sqlite-wal', 'cache/member-cache.sqlite-shm', 'logs']));
    expect(whileRunning.some((path) => path.startsWith('logs/rep-console.'))).toBe(true);
    expectPrivate(userDataDir);
    rmSync(join(userDataDir, '..'), { recursive: true, force: true });
  });
});
