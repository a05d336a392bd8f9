/**
 * The update service inside the real console services, on a real sandbox: the calls area's call and
 * the interaction's wrap-up hold an install back, and signing out lets it go.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/start-sandbox';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createSilentLogger } from '../logging/create-logger';
import { ConfigSchema } from '../policy/config-schema';
import { createConsoleServices, type ConsoleServices } from '../services/create-console-services';
import { startUpdateFeed, type UpdateFeed } from './testing/start-update-feed';
import { channelFileName } from './update-release';
import { createFeedUpdateEngine } from './update-engine';

let sandbox: RunningSandbox;
let feed: UpdateFeed;
let services: ConsoleServices;
const installed: string[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'updates-wiring-'));
  dirs.push(dataDir);
  sandbox = await startSandbox({ dbPath: join(dataDir, 'sandbox.sqlite'), members: 20 });
  feed = await startUpdateFeed();
  feed.publish(channelFileName('stable', process.platform, process.arch), { version: '1.0.0', fileName: 'rep-console-1.0.0.AppImage', installer: Buffer.from('a verified installer') });
  const config = ConfigSchema.parse({ backend: { url: sandbox.url, timeoutMs: 2000, maxRetries: 0 }, updates: { feedUrl: feed.url } });
  const userDataDir = join(dataDir, 'user');
  services = createConsoleServices({
    config,
    userDataDir,
    keyStore: createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }),
    logger: createSilentLogger(),
    host: 'web',
    version: '0.9.0',
    updateEngine: createFeedUpdateEngine({ feedUrl: feed.url, channel: 'stable', directory: join(userDataDir, 'updates'), install: (path) => installed.push(path) }),
  });
});

afterAll(async () => {
  await services?.close();
  await sandbox?.close();
  await feed?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('updates in the console services', () => {
  it('holds the install through the call and its wrap-up, and installs at sign-out', async () => {
    const h = services.handlers;
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    expect(await services.updates.checkNow()).toMatchObject({ status: 'ready', version: '1.0.0' });
    expect(await h['updates:get-state'](undefined)).toMatchObject({ status: 'ready', version: '1.0.0' });

    const calls = services.calls.calls;
    calls.handleEvent({ type: 'ringing', call: { callId: 'upd-1', ani: '6145550142', dialledNumber: null, direction: 'inbound', queue: 'm3p', agentExtension: null, ivr: null } }, 'cti');
    expect(await h['updates:install'](undefined)).toMatchObject({ code: 'CALL_IN_PROGRESS', message: expect.stringContaining('a call is ringing') });
    calls.handleEvent({ type: 'connected', callId: 'upd-1' }, 'cti');
    expect(await h['updates:install'](undefined)).toMatchObject({ code: 'CALL_IN_PROGRESS', message: expect.stringContaining('a call is connected') });
    calls.handleEvent({ type: 'ended', callId: 'upd-1' }, 'cti');
    expect(await h['updates:install'](undefined)).toMatchObject({ code: 'CALL_IN_PROGRESS', message: expect.stringContaining('wrap-up') });
    expect(installed).toEqual([]);

    // Signing out sets the wrap-up aside (it comes back at the next sign-in): nothing holds the rep now.
    await h['session:sign-out'](undefined);
    expect(installed).toHaveLength(1);
    expect(installed[0]).toMatch(/rep-console-1\.0\.0\.AppImage$/);
  });
});
