import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findSampleMembers, type SampleMember } from '../../sandbox/database/find-sample-members';
import { openDatabase } from '../../sandbox/database/open-database';
import { SESSION_TTL_MS } from '../../sandbox/server/create-session-store';
import { startSandbox, type RunningSandbox } from '../../sandbox/start-sandbox';
import type { EventChannel } from '../../shared/ipc/contract';
import { invokeContract } from '../../shared/ipc/contract';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createSilentLogger } from '../logging/create-logger';
import { ConfigSchema } from '../policy/config-schema';
import { createConsoleServices, type ConsoleServices } from './create-console-services';
import { nextEvent as nextEventOn } from '../events/testing/next-event';

let dbPath: string;
let samples: SampleMember[];
const running: { services: ConsoleServices[]; sandboxes: RunningSandbox[] } = { services: [], sandboxes: [] };

beforeAll(async () => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'services-db-')), 'sandbox.sqlite');
  await (await startSandbox({ dbPath, members: 60 })).close();
  const db = openDatabase(dbPath, { purpose: 'serve' });
  samples = findSampleMembers(db);
  db.close();
});

afterEach(async () => {
  await Promise.all(running.services.splice(0).map((s) => s.close()));
  await Promise.all(running.sandboxes.splice(0).map((s) => s.close()));
});

async function setup(options: { freshForSeconds?: number; userDataDir?: string; sandboxNow?: () => Date; cacheClock?: () => number } = {}) {
  const sandbox = await startSandbox({ dbPath, members: 60, ...(options.sandboxNow ? { now: options.sandboxNow } : {}) });
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'services-user-'));
  const config = ConfigSchema.parse({
    backend: { url: sandbox.url, timeoutMs: 1000, maxRetries: 0 },
    cache: { freshForSeconds: options.freshForSeconds ?? 30 },
    connection: { healthCheckIntervalMs: 500 },
  });
  const services = createConsoleServices({
    config,
    userDataDir,
    keyStore: createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }),
    logger: createSilentLogger(),
    host: 'web',
    version: '0.0.0-test',
    ...(options.cacheClock ? { cacheClock: options.cacheClock, cachePurgeIntervalMs: 50 } : {}),
  });
  running.services.push(services);
  running.sandboxes.push(sandbox);
  const nextEvent = (channel: EventChannel) => nextEventOn(services.events, channel);
  return { sandbox, services, h: services.handlers, nextEvent, userDataDir };
}

const sample = (i = 0) => samples[i]!;

describe('the console services, wired to a real sandbox and a real cache', () => {
  it('has a handler for every contract channel', async () => {
    const { h } = await setup();
    expect(Object.keys(h).sort()).toEqual(Object.keys(invokeContract).sort());
  });

  it('needs a signed-in rep before any member data', async () => {
    const { h } = await setup();
    await expect(h['members:search']({ by: 'memberId', memberId: sample().memberId })).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
    await expect(h['members:list-recent'](undefined)).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
  });

  it('finds a member by each key, with the client attached for branding', async () => {
    const { h } = await setup();
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const { memberId, mbi, phone, dateOfBirth, name } = sample(1);
    const lastName = name.split(' ').at(-1)!;
    for (const query of [
      { by: 'memberId', memberId },
      { by: 'mbi', mbi },
      { by: 'phone', phone },
      { by: 'nameDob', lastName, dateOfBirth },
    ] as const) {
      const results = await h['members:search'](invokeContract['members:search'].input.parse(query));
      const hit = results.find((r) => r.summary.memberId === memberId);
      expect(hit, JSON.stringify(query)).toBeDefined();
      expect(hit!.client.id).toBe(sample(1).clientId);
      // Masked like every view, even when searched by the whole MBI (the rep typed it; main does not send it back).
      expect(hit!.summary.mbi).toBe(`•••••••${mbi.slice(-4)}`);
      expect(JSON.stringify(results)).not.toContain(mbi);
      expect(invokeContract['members:search'].output.safeParse(results).success).toBe(true);
    }
  });

  it('opens a member live, then answers from the cache and revalidates in the background', async () => {
    const { h, nextEvent } = await setup({ freshForSeconds: 0 });
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const first = await h['members:open']({ memberId: sample().memberId });
    expect(first).toMatchObject({ source: 'backend', isRefreshing: false });
    const refreshed = nextEvent('members:profile-refreshed');
    const second = await h['members:open']({ memberId: sample().memberId });
    expect(second).toMatchObject({ source: 'cache', isRefreshing: true });
    expect(second.member.memberId).toBe(sample().memberId);
    expect(await refreshed).toMatchObject({ source: 'backend', profile: { member: { memberId: sample().memberId } } });
    const recent = await h['members:list-recent'](undefined);
    expect(recent.map((r) => r.member.memberId)).toEqual([sample().memberId]);
  });

  it('revalidates a fresh cached copy when the rep asks for a refresh', async () => {
    const { h, nextEvent } = await setup({ freshForSeconds: 3600 });
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await h['members:open']({ memberId: sample().memberId });
    expect(await h['members:open']({ memberId: sample().memberId })).toMatchObject({ source: 'cache', isRefreshing: false });
    const refreshed = nextEvent('members:profile-refreshed');
    expect(await h['members:open']({ memberId: sample().memberId, forceRefresh: true })).toMatchObject({ source: 'cache', isRefreshing: true });
    expect(await refreshed).toMatchObject({ source: 'backend' });
  });

  it('keeps each rep’s recent lookups to that rep', async () => {
    const { h, userDataDir } = await setup();
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await h['members:open']({ memberId: sample().memberId });
    await Promise.all(running.services.splice(0).map((s) => s.close()));
    const other = await setup({ userDataDir });
    await other.h['session:sign-in']({ username: 'rep2', password: 'sandbox' });
    expect(await other.h['members:list-recent'](undefined)).toEqual([]);
    await other.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    expect((await other.h['members:list-recent'](undefined)).map((r) => r.member.memberId)).toEqual([sample().memberId]);
  });

  it('goes offline when the backend stops: cached members stay readable, others get a plain message', async () => {
    const { h, sandbox, nextEvent } = await setup({ freshForSeconds: 0 });
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await h['members:open']({ memberId: sample().memberId });
    await sandbox.close();
    const offline = nextEvent('connection:changed');
    const failed = nextEvent('members:refresh-failed');
    const cached = await h['members:open']({ memberId: sample().memberId });
    expect(cached).toMatchObject({ source: 'cache', profile: { member: { memberId: sample().memberId } } });
    expect(await offline).toMatchObject({ isOnline: false, message: expect.stringContaining("Can't reach the payer backend") });
    expect(await failed).toMatchObject({ memberId: sample().memberId, message: expect.stringContaining('Showing the cached copy') });
    await expect(h['members:open']({ memberId: sample(2).memberId })).rejects.toMatchObject({
      code: 'OFFLINE_NOT_CACHED',
      message: expect.stringContaining('not in your recent lookups'),
    });
    await expect(h['members:search']({ by: 'memberId', memberId: sample(2).memberId })).rejects.toMatchObject({ code: 'BACKEND_UNREACHABLE' });
    expect(await h['app:get-status'](undefined)).toMatchObject({ connection: { isOnline: false } });
  });

  it('comes back online on its own when the backend returns', async () => {
    const { h, sandbox, nextEvent } = await setup();
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const port = Number(new URL(sandbox.url).port);
    await sandbox.close();
    await expect(h['members:search']({ by: 'memberId', memberId: sample().memberId })).rejects.toMatchObject({ code: 'BACKEND_UNREACHABLE' });
    const online = nextEvent('connection:changed');
    running.sandboxes.push(await startSandbox({ dbPath, members: 60, port }));
    expect(await online).toMatchObject({ isOnline: true, message: null });
  });

  it('notices the backend going away and coming back with no rep action, within a few seconds', async () => {
    const { sandbox, nextEvent } = await setup();
    const port = Number(new URL(sandbox.url).port);
    const offline = nextEvent('connection:changed');
    const stoppedAt = Date.now();
    await sandbox.close();
    expect(await offline).toMatchObject({ isOnline: false });
    expect(Date.now() - stoppedAt).toBeLessThan(3_000);
    const online = nextEvent('connection:changed');
    const restartedAt = Date.now();
    running.sandboxes.push(await startSandbox({ dbPath, members: 60, port }));
    expect(await online).toMatchObject({ isOnline: true });
    expect(Date.now() - restartedAt).toBeLessThan(3_000);
  });

  it('ends the session and tells the screen when the backend refuses the token during a background refresh', async () => {
    const { h, sandbox, nextEvent } = await setup({ freshForSeconds: 0 });
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await h['members:open']({ memberId: sample().memberId });
    sandbox.faults.set({ failNext: { count: 1, status: 401 } });
    const ended = nextEvent('session:ended');
    expect(await h['members:open']({ memberId: sample().memberId })).toMatchObject({ source: 'cache', isRefreshing: true });
    expect(await ended).toEqual({ message: expect.any(String) });
    expect(await h['session:get-current'](undefined)).toBeNull();
    await expect(h['members:list-recent'](undefined)).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
  });

  it('ends the session when its time runs out, with no call needed to notice', async () => {
    // The sandbox's clock runs one session length minus 1.5 s behind, so its token expires 1.5 s from now.
    const { h, nextEvent } = await setup({ sandboxNow: () => new Date(Date.now() - SESSION_TTL_MS + 1_500) });
    const ended = nextEvent('session:ended');
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    expect(await ended).toEqual({ message: 'Your session has expired. Sign in again.' });
    expect(await h['session:get-current'](undefined)).toBeNull();
  });

  it('does not report a session as ended when the rep signs out', async () => {
    const { h, services } = await setup();
    const seen: string[] = [];
    services.events.subscribe((channel) => seen.push(channel));
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await h['session:sign-out'](undefined);
    expect(seen).not.toContain('session:ended');
  });

  it('deletes expired members from the cache file while the console keeps running', async () => {
    const clock = { ms: Date.now() };
    const { h, userDataDir } = await setup({ cacheClock: () => clock.ms });
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await h['members:open']({ memberId: sample().memberId });
    const file = new Database(join(userDataDir, 'cache', 'member-cache.sqlite'), { readonly: true });
    const rows = () => file.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM member_profile').get()!.n;
    try {
      expect(rows()).toBe(1);
      clock.ms += 12 * 3600 * 1000 + 1000;
      await vi.waitFor(() => expect(rows()).toBe(0), { timeout: 3000, interval: 25 });
    } finally {
      file.close();
    }
  });
});
