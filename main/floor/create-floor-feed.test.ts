import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, User } from '../../shared/domain/session';
import type { FloorView } from '../../shared/floor/floor-view';
import { requestJson } from '../../sandbox/testing/request-json';
import { createSandboxCalls } from '../../sandbox/testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import { createBackendClient } from '../backend/create-backend-client';
import { createEventBus, type EventBus } from '../events/create-event-bus';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import { createFloorFeed, type FloorFeed } from './create-floor-feed';

const LEAD: User = { id: 'lead1', displayName: 'Morgan Lee', role: 'team_lead' };

/** A feed signed in as `user` with `token` (or whatever `tokens()` says now), and every floor:changed it emits. */
function watchFeed(baseUrl: string, user: User, token: string | (() => string), minIntervalMs = 100) {
  const tokenNow = typeof token === 'string' ? () => token : token;
  const events: EventBus = createEventBus();
  const views: FloorView[] = [];
  const waiters: (() => void)[] = [];
  events.subscribe((channel, payload) => {
    if (channel !== 'floor:changed') return;
    views.push(payload as FloorView);
    waiters.splice(0).forEach((wake) => wake());
  });
  const until = async (isDone: (latest: FloorView | undefined) => boolean) => {
    while (!isDone(views.at(-1))) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  const session: Session = { user, signedInAt: new Date().toISOString() };
  const memory = createMemoryLogger();
  const backend = createBackendClient({ baseUrl, timeoutMs: 2_000, maxRetries: 0, getToken: tokenNow });
  const feed = createFloorFeed({ baseUrl, logger: memory.logger, events, session: { current: () => session, token: tokenNow }, backend: () => backend, minIntervalMs, stream: { backoff: { initialMs: 20, maxMs: 200 } } });
  return { feed, views, until, memory };
}

const stateOf = (view: FloorView | undefined, id: string) => view?.board?.agents.find((a) => a.id === id)?.state;

describe('the floor feed against the sandbox', () => {
  let test: TestSandbox;
  const calls = createSandboxCalls(() => test.sandbox.url);
  const feeds: FloorFeed[] = [];
  const setState = async (token: string, state: string) =>
    expect((await requestJson(test.sandbox.url, '/v1/agents/me/state', { method: 'PUT', token, json: { state, awayReason: state === 'away' ? 'break' : null, since: new Date().toISOString() } })).status).toBe(200);

  beforeAll(async () => {
    test = await startTestSandbox({ members: 30, calls: { log: () => {} } });
  });
  afterAll(async () => {
    for (const feed of feeds) feed.stop();
    await test.stop();
  });

  it('is for a signed-in team lead only', async () => {
    const rep = watchFeed(test.sandbox.url, { id: 'rep1', displayName: 'Jordan Alvarez', role: 'rep' }, await calls.signIn('rep1'));
    await expect(rep.feed.get()).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('team leads') });
    const nobody = createFloorFeed({ baseUrl: test.sandbox.url, logger: createMemoryLogger().logger, events: createEventBus(), session: { current: () => null, token: () => null }, backend: () => { throw new Error('unused'); } });
    await expect(nobody.get()).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
  });

  it("answers the lead's board, then pushes a rep's state change as floor:changed while the stream is live", async () => {
    const watched = watchFeed(test.sandbox.url, LEAD, await calls.signIn('lead1'));
    feeds.push(watched.feed);
    const first = await watched.feed.get();
    expect(first.board?.agents.map((a) => a.id)).toEqual(expect.arrayContaining(['rep1', 'rep2', 'lead1']));
    await watched.until((latest) => latest?.feed === 'connected');
    await setState(await calls.signIn('rep2'), 'away');
    await watched.until((latest) => stateOf(latest, 'rep2') === 'away');
    expect((await watched.feed.get()).board?.agents.find((a) => a.id === 'rep2')).toMatchObject({ state: 'away', awayReason: 'break' });
  });

  it("reconnects with the session's current token when the stream's own token stops working (a refreshed sign-in)", async () => {
    let token = await calls.signIn('lead1');
    const watched = watchFeed(test.sandbox.url, LEAD, () => token);
    feeds.push(watched.feed);
    await watched.feed.get();
    await watched.until((latest) => latest?.feed === 'connected');
    const first = token;
    token = await calls.signIn('lead1');
    // The old token is revoked: the backend ends its stream, and the feed comes back with the new one.
    expect((await requestJson(test.sandbox.url, '/v1/sessions/current', { method: 'DELETE', token: first })).status).toBe(200);
    // (The old stream has ended by now, so only a new connection can bring the next change.)
    await setState(await calls.signIn('rep1'), 'wrap_up');
    await watched.until((latest) => stateOf(latest, 'rep1') === 'wrap_up');
  });

  it('coalesces a burst into at most one floor:changed per interval, the last one showing the final state', async () => {
    const watched = watchFeed(test.sandbox.url, LEAD, await calls.signIn('lead1'), 200);
    feeds.push(watched.feed);
    await watched.feed.get();
    await watched.until((latest) => latest?.feed === 'connected' && latest.board !== null);
    const rep1 = await calls.signIn('rep1');
    const before = watched.views.length;
    const startedAt = Date.now();
    const states = ['on_call', 'wrap_up', 'available', 'on_call', 'wrap_up', 'available', 'on_call', 'wrap_up', 'available', 'away'];
    for (const state of states) await setState(rep1, state);
    await watched.until((latest) => stateOf(latest, 'rep1') === 'away');
    const emitted = watched.views.length - before;
    expect(emitted).toBeLessThanOrEqual(Math.ceil((Date.now() - startedAt) / 200) + 1);
    expect(emitted).toBeLessThan(states.length);
  });
});

describe('the floor feed against a misbehaving stream', () => {
  let server: Server;
  let baseUrl: string;
  const snapshot = { teamId: 'floor-1', teamName: 'Team', businessDate: '2026-11-15', dayStartedAt: '2026-11-16T05:00:00.000Z', generatedAt: '2026-11-16T15:00:00.000Z', agents: [], queue: { waitingCount: 0, oldestWaitingSince: null }, handleTimeByHour: [], callsByDisposition: [] };

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/v1/team/floor') return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(snapshot));
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write([
        'id: 1-0', 'event: floor', `data: ${JSON.stringify({ type: 'snapshot', snapshot })}`, '',
        'id: 1-1', 'event: floor', 'data: {"type":"agent","agent":{"id":"rep1"}}', '',
        'id: 1-2', 'event: floor', 'data: not json', '',
        'id: 1-3', 'event: floor', `data: ${JSON.stringify({ type: 'queue', queue: { waitingCount: 4, oldestWaitingSince: '2026-11-16T14:58:00.000Z' } })}`, '', '',
      ].join('\n'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  }));

  it('skips events that do not match the schema, logging why but never their contents, and applies the good ones', async () => {
    const watched = watchFeed(baseUrl, LEAD, 'token-1');
    await watched.feed.get();
    await watched.until((latest) => latest?.board?.queue.waitingCount === 4);
    watched.feed.stop();
    const warnings = watched.memory.lines().filter((line) => line.level === 40).map((line) => line.msg);
    expect(warnings).toEqual(expect.arrayContaining(['skipped a floor feed event that does not match the floor event schema', 'skipped a floor feed event that is not JSON']));
    expect(JSON.stringify(watched.memory.lines())).not.toContain('rep1');
  });
});
