import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus } from '../events/create-event-bus';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import type { UpdatePolicy } from './decide-update';
import { createUpdateService, type UpdateService } from './create-update-service';
import type { CallActivity } from './find-call-in-progress';
import { startUpdateFeed, type UpdateFeed } from './testing/start-update-feed';
import { createFeedUpdateEngine } from './update-engine';

const INSTALLER = Buffer.from('MZ… a signed NSIS installer, as far as this test is concerned '.repeat(200));
const dirs: string[] = [];
let feed: UpdateFeed;

beforeAll(async () => {
  feed = await startUpdateFeed();
});
afterAll(() => feed.close());
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  feed.requests.splice(0);
  for (const name of ['latest.yml', 'pilot.yml']) feed.serve(`/rep-console/${name}`, { status: 404 });
});

interface Harness {
  readonly service: UpdateService;
  readonly activity: { current: CallActivity };
  readonly installed: string[];
  readonly directory: string;
  readonly log: ReturnType<typeof createMemoryLogger>;
  readonly events: ReturnType<typeof createEventBus>;
}

function harness(policy: Partial<UpdatePolicy> = {}, options: { currentVersion?: string; now?: Date; feedUrl?: string } = {}): Harness {
  const directory = mkdtempSync(join(tmpdir(), 'rep-console-updates-'));
  dirs.push(directory);
  const full: UpdatePolicy = { enabled: true, feedUrl: options.feedUrl ?? feed.url, channel: 'stable', pinnedVersion: null, autoDownload: true, deferralDays: 0, ...policy };
  const installed: string[] = [];
  const activity = { current: { callPhase: null, hasOpenInteraction: false } as CallActivity };
  const log = createMemoryLogger();
  const events = createEventBus();
  const engine = full.feedUrl ? createFeedUpdateEngine({ feedUrl: full.feedUrl, channel: full.channel, directory, platform: 'win32', arch: 'x64', install: (path) => installed.push(path) }) : null;
  const service = createUpdateService({
    policy: full,
    currentVersion: options.currentVersion ?? '1.4.2',
    engine,
    callActivity: () => activity.current,
    events,
    logger: log.logger,
    now: () => options.now ?? new Date('2026-04-01T09:00:00Z'),
  });
  return { service, activity, installed, directory, log, events };
}

const publish = (channelFile: string, version: string, extra: { releaseDate?: string; sha512?: string } = {}) =>
  feed.publish(channelFile, { version, fileName: `rep-console-setup-${version}.exe`, installer: INSTALLER, ...extra });

describe('finding and downloading an update', () => {
  it('downloads a newer version in the background and reports it ready only once its sha512 matched', async () => {
    publish('latest.yml', '1.5.0');
    const { service, directory, events, installed } = harness();
    const seen: unknown[] = [];
    events.subscribe((channel, payload) => channel === 'updates:changed' && seen.push(payload));
    expect(await service.checkNow()).toMatchObject({ status: 'ready', version: '1.5.0' });
    expect(readFileSync(join(directory, 'rep-console-setup-1.5.0.exe'))).toEqual(INSTALLER);
    expect(seen.map((s) => (s as { status: string }).status)).toEqual(['checking', 'downloading', 'ready']);
    expect(installed).toEqual([]); // ready is not installed: that waits for sign-out or the rep
  });

  it('refuses and deletes a download whose sha512 does not match the feed, and keeps running', async () => {
    publish('latest.yml', '1.5.0', { sha512: Buffer.alloc(64, 7).toString('base64') });
    const { service, directory, installed, log } = harness();
    const state = await service.checkNow();
    expect(state).toMatchObject({ status: 'error', version: '1.5.0' });
    expect(state.reason).toContain("does not match the feed's sha512");
    expect(readdirSync(directory)).toEqual([]);
    service.signedOut();
    expect(installed).toEqual([]);
    expect(log.lines().some((line) => line.level === 40 && String(line.reason).includes('sha512'))).toBe(true);
  });

  it('reads pilot.yml on the pilot channel and latest.yml on stable', async () => {
    publish('latest.yml', '1.5.0');
    publish('pilot.yml', '1.6.0-pilot.1');
    expect(await harness({ channel: 'pilot' }).service.checkNow()).toMatchObject({ status: 'ready', version: '1.6.0-pilot.1' });
    expect(await harness({ channel: 'stable' }).service.checkNow()).toMatchObject({ status: 'ready', version: '1.5.0' });
    expect(feed.requests).toEqual(expect.arrayContaining(['/rep-console/pilot.yml', '/rep-console/latest.yml']));
  });

  it('waits for the rep to ask when policy does not allow background downloads', async () => {
    publish('latest.yml', '1.5.0');
    const { service, installed } = harness({ autoDownload: false });
    expect(await service.checkNow()).toMatchObject({ status: 'idle', version: '1.5.0' });
    expect(feed.requests).not.toContain('/rep-console/rep-console-setup-1.5.0.exe');
    expect(service.requestInstall()).toBeNull();
    await service.checkNow();
    expect(installed).toEqual([expect.stringContaining('rep-console-setup-1.5.0.exe')]);
  });
});

describe('what policy allows', () => {
  it('takes only the pinned version, and stays put when the feed offers another', async () => {
    publish('latest.yml', '1.5.0');
    const state = await harness({ pinnedVersion: '1.4.3' }).service.checkNow();
    expect(state).toMatchObject({ status: 'idle', version: '1.5.0', reason: 'Policy pins 1.4.3; the stable feed offers 1.5.0.' });
    expect(feed.requests).not.toContain('/rep-console/rep-console-setup-1.5.0.exe');
  });

  it('downgrades to the pinned version, and does nothing once it runs it', async () => {
    publish('latest.yml', '1.4.0');
    expect(await harness({ pinnedVersion: '1.4.0' }, { currentVersion: '1.5.0' }).service.checkNow()).toMatchObject({ status: 'ready', version: '1.4.0' });
    expect(await harness({ pinnedVersion: '1.4.0' }, { currentVersion: '1.4.0' }).service.checkNow()).toMatchObject({ status: 'idle', reason: expect.stringContaining('already runs 1.4.0') });
    // Without a pin an older version on the feed is never a downgrade.
    expect(await harness({}, { currentVersion: '1.5.0' }).service.checkNow()).toMatchObject({ status: 'idle', reason: expect.stringContaining('older than 1.5.0') });
  });

  it('defers a release until deferralDays after its release date', async () => {
    publish('latest.yml', '1.5.0', { releaseDate: '2026-03-01T12:00:00.000Z' });
    const early = await harness({ deferralDays: 7 }, { now: new Date('2026-03-08T11:59:00Z') }).service.checkNow();
    expect(early).toMatchObject({ status: 'idle', version: '1.5.0', reason: expect.stringContaining('deferred by policy until 2026-03-08T12:00:00.000Z') });
    expect(await harness({ deferralDays: 7 }, { now: new Date('2026-03-08T12:00:00Z') }).service.checkNow()).toMatchObject({ status: 'ready' });
  });

  it('never looks at the feed when updates are off or no feed is named', async () => {
    publish('latest.yml', '1.5.0');
    const disabled = harness({ enabled: false });
    expect(await disabled.service.checkNow()).toEqual({ status: 'off', reason: 'Updates are turned off by policy (updates.enabled).' });
    expect(disabled.service.requestInstall()).toMatchObject({ code: 'NO_UPDATE_READY' });
    expect(await harness({ feedUrl: null }).service.checkNow()).toMatchObject({ status: 'off', reason: expect.stringContaining('updates.feedUrl') });
    expect(feed.requests).toEqual([]);
  });
});

describe('a feed that is down or wrong', () => {
  it('keeps running with a reason when the feed server is gone', async () => {
    const gone = await startUpdateFeed();
    await gone.close();
    const { service, log } = harness({}, { feedUrl: gone.url });
    const state = await service.checkNow();
    expect(state).toMatchObject({ status: 'error', reason: expect.stringContaining('could not be reached') });
    expect(log.lines().find((line) => line.msg === 'update check failed; the console keeps running and tries again later')).toMatchObject({ reason: state.reason });
  });

  it('reports an HTTP error, garbage and a file that is not a release, each with its reason', async () => {
    feed.serve('/rep-console/latest.yml', { status: 500 });
    expect((await harness().service.checkNow()).reason).toContain('answered 500');
    feed.serve('/rep-console/latest.yml', { body: 'version: [1.5.0\n  files: {' });
    expect((await harness().service.checkNow()).reason).toContain('is not valid YAML');
    feed.serve('/rep-console/latest.yml', { body: 'version: 1.5.0\nfiles: []\nreleaseDate: yesterday\n' });
    expect((await harness().service.checkNow()).reason).toContain('files: files must list at least one installer');
    feed.serve('/rep-console/latest.yml', { drop: true });
    expect((await harness().service.checkNow()).reason).toContain('could not be reached');
  });

  it('keeps a verified update ready when the feed goes down afterwards', async () => {
    publish('latest.yml', '1.5.0');
    const { service } = harness();
    await service.checkNow();
    feed.serve('/rep-console/latest.yml', { status: 503 });
    expect(await service.checkNow()).toMatchObject({ status: 'ready', version: '1.5.0' });
  });
});

describe('installing only when no call holds the rep', () => {
  it.each([
    ['ringing', { callPhase: 'ringing', hasOpenInteraction: true }, 'a call is ringing'],
    ['connected', { callPhase: 'connected', hasOpenInteraction: true }, 'a call is connected'],
    ['held', { callPhase: 'held', hasOpenInteraction: true }, 'a call is on hold'],
    ['in wrap-up', { callPhase: 'ended', hasOpenInteraction: true }, 'the last call is still in wrap-up'],
  ] as const)('refuses "Install update and restart" while a call is %s, and does not install at sign-out either', async (_phase, activity, reason) => {
    publish('latest.yml', '1.5.0');
    const h = harness();
    await h.service.checkNow();
    h.activity.current = activity;
    expect(h.service.requestInstall()).toEqual({ code: 'CALL_IN_PROGRESS', message: expect.stringContaining(reason) });
    h.service.signedOut();
    h.events.emit('calls:changed', {} as never);
    expect(h.installed).toEqual([]);
  });

  it('installs at sign-out once the call is over, when the calls area says so', async () => {
    publish('latest.yml', '1.5.0');
    const h = harness();
    await h.service.checkNow();
    h.activity.current = { callPhase: 'connected', hasOpenInteraction: true };
    h.service.signedOut();
    h.activity.current = { callPhase: 'ended', hasOpenInteraction: true };
    h.events.emit('calls:changed', {} as never);
    expect(h.installed).toEqual([]);
    h.activity.current = { callPhase: 'ended', hasOpenInteraction: false };
    h.events.emit('interactions:changed', null);
    expect(h.installed).toEqual([join(h.directory, 'rep-console-setup-1.5.0.exe')]);
  });

  it('installs when the rep chooses it between calls, and at sign-out with no call', async () => {
    publish('latest.yml', '1.5.0');
    const chosen = harness();
    await chosen.service.checkNow();
    expect(chosen.service.requestInstall()).toBeNull();
    expect(chosen.installed).toHaveLength(1);
    const signOut = harness();
    await signOut.service.checkNow();
    signOut.service.signedOut();
    expect(signOut.installed).toHaveLength(1);
  });

  it('does not install after the rep signed back in before a call ended', async () => {
    publish('latest.yml', '1.5.0');
    const h = harness();
    await h.service.checkNow();
    h.activity.current = { callPhase: 'ringing', hasOpenInteraction: true };
    h.service.signedOut();
    h.service.signedIn();
    h.activity.current = { callPhase: null, hasOpenInteraction: false };
    h.events.emit('calls:changed', {} as never);
    expect(h.installed).toEqual([]);
  });

  it('waits when a call starts while the update the rep chose is still downloading', async () => {
    publish('latest.yml', '1.5.0');
    const h = harness({ autoDownload: false });
    await h.service.checkNow();
    expect(h.service.requestInstall()).toBeNull();
    h.activity.current = { callPhase: 'ringing', hasOpenInteraction: true };
    expect(await h.service.checkNow()).toMatchObject({ status: 'ready' });
    expect(h.installed).toEqual([]);
    h.activity.current = { callPhase: null, hasOpenInteraction: false };
    h.events.emit('calls:changed', {} as never);
    expect(h.installed).toHaveLength(1);
  });
});
