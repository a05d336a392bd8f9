import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallEvent } from '../../../shared/calls/call-events';
import { postCtiEvent } from '../../../sandbox/cti/testing/post-cti-event';
import { createSandboxCalls } from '../../../sandbox/testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../../../sandbox/testing/start-test-sandbox';
import { createMemoryLogger } from '../../hosts/testing/create-memory-logger';
import { createCtiFeed, type CtiFeed, type CtiFeedOptions, type CtiFeedState } from './create-cti-feed';

/** A feed under test: what it delivered, and waits on its events and states. */
function watchFeed(overrides: Partial<CtiFeedOptions> & Pick<CtiFeedOptions, 'baseUrl'>) {
  const events: CallEvent[] = [];
  const states: CtiFeedState[] = [];
  const waiters: (() => void)[] = [];
  const changed = () => waiters.splice(0).forEach((wake) => wake());
  const until = async (isDone: () => boolean) => {
    while (!isDone()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  const memory = createMemoryLogger();
  const feed = createCtiFeed({
    logger: memory.logger,
    onEvent: (event) => { events.push(event); changed(); },
    onState: (state) => { states.push(state); changed(); },
    backoff: { initialMs: 20, maxMs: 200 },
    ...overrides,
  });
  return { feed, events, states, memory, until, changed, eventCount: (n: number) => until(() => events.length >= n) };
}

const callIdOf = (event: CallEvent | undefined) => (event?.type === 'ringing' ? event.call.callId : event?.callId);

describe('the CTI feed against the sandbox', () => {
  let test: TestSandbox;
  let port: number;
  const calls = createSandboxCalls(() => test.sandbox.url);
  const feeds: CtiFeed[] = [];
  const ring = (callId: string, user: string, event: 'newCall' | 'answer' | 'hangup' = 'newCall') =>
    postCtiEvent(test.sandbox.ctiWebhookUrl, { event, from: '16125550142', to: '18005550100', direction: 'in', callId, user, ...(event === 'hangup' ? { cause: 'normalClearing' } : {}) });

  beforeAll(async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    test = await startTestSandbox({ members: 30, port, calls: { log: () => {} } });
  });

  afterAll(async () => {
    for (const feed of feeds) feed.stop();
    await test.stop();
  });

  it("hands a webhook newCall to the named rep's feed only, as a checked call event", async () => {
    const rep1 = watchFeed({ baseUrl: test.sandbox.url });
    const rep2 = watchFeed({ baseUrl: test.sandbox.url });
    feeds.push(rep1.feed, rep2.feed);
    rep1.feed.start(await calls.signIn('rep1'));
    rep2.feed.start(await calls.signIn('rep2'));
    await rep1.until(() => rep1.feed.state() === 'connected');
    await rep2.until(() => rep2.feed.state() === 'connected');
    expect(rep1.states).toEqual(['connecting', 'connected']);
    await ring('feed-only-rep1', 'Jordan Alvarez');
    await rep1.eventCount(1);
    expect(rep1.events[0]).toMatchObject({ type: 'ringing', call: { callId: 'feed-only-rep1', ani: '16125550142', direction: 'inbound' } });
    await ring('feed-only-rep2', 'rep2');
    await rep2.eventCount(1);
    expect(rep2.events.map(callIdOf)).toEqual(['feed-only-rep2']);
    rep1.feed.stop();
    rep2.feed.stop();
    expect(rep1.feed.state()).toBe('off');
  });

  it('reconnects after the backend restarts on the same database and resumes: nothing lost, nothing doubled', async () => {
    let release: () => void = () => {};
    const waits: number[] = [];
    const watched = watchFeed({
      baseUrl: test.sandbox.url,
      // The reconnect waits until the test lets it, so the event below is sent while the feed is away.
      wait: (ms, signal) => new Promise<void>((resolve) => {
        waits.push(ms);
        watched.changed();
        release = resolve;
        signal.addEventListener('abort', () => resolve(), { once: true });
      }),
    });
    feeds.push(watched.feed);
    watched.feed.start(await calls.signIn('rep1'));
    await watched.until(() => watched.feed.state() === 'connected');
    await ring('restart-call', 'rep1');
    await watched.eventCount(1);
    await test.restart();
    await watched.until(() => waits.length === 1);
    expect(watched.feed.state()).toBe('connecting');
    expect(waits[0]).toBeGreaterThanOrEqual(10);
    expect(waits[0]).toBeLessThanOrEqual(20);
    await ring('restart-call', 'rep1', 'answer');
    release();
    await watched.eventCount(2);
    await ring('restart-call', 'rep1', 'hangup');
    await watched.eventCount(3);
    expect(watched.events.map((e) => e.type)).toEqual(['ringing', 'connected', 'ended']);
    expect(watched.events.every((e) => callIdOf(e) === 'restart-call')).toBe(true);
    watched.feed.stop();
  });

  it('goes off and says so when the backend refuses the session', async () => {
    let refused = false;
    const watched = watchFeed({ baseUrl: test.sandbox.url, onRefused: () => { refused = true; watched.changed(); } });
    watched.feed.start('not-a-session-token-at-all');
    await watched.until(() => refused);
    expect(watched.feed.state()).toBe('off');
  });
});

describe('the CTI feed against a misbehaving stream', () => {
  let server: Server;
  let baseUrl: string;
  const requests: IncomingHttpHeaders[] = [];
  const valid = (callId: string) => JSON.stringify({ type: 'ringing', call: { callId, ani: '+16125550142', dialledNumber: null, direction: 'inbound', queue: null, agentExtension: null, ivr: null } });

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.headers);
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      if (requests.length > 1) return void response.write(`: second connection\n\nid: 9\nevent: call\ndata: ${valid('after-reconnect')}\n\n`);
      response.write([
        ': hello', '',
        'id: 1', 'event: call', 'data: {"type": "ringing",', '',
        'id: 2', 'event: call', 'data: {"type":"ringing","call":{"callId":"has space"}}', '',
        'id: 3', 'event: presence', 'data: {"status":"away"}', '',
        `id: 4\r\nevent: call\r\ndata: ${'x'.repeat(70_000)}\r\n\r\n`,
        'id: 5', 'event: call', 'data: 12', '',
        '',
      ].join('\n'));
      // A valid event split across chunks with CRLF line ends, then the server drops the connection.
      const event = `id: 6\r\nevent: call\r\ndata: ${valid('the-good-one')}\r\n\r\n`;
      response.write(event.slice(0, 17));
      setImmediate(() => response.end(event.slice(17)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  }));

  it('skips malformed, unknown and oversized events with a logged reason, never their contents, and resumes after the last id', async () => {
    const watched = watchFeed({ baseUrl });
    watched.feed.start('token-1');
    await watched.eventCount(2);
    watched.feed.stop();
    expect(watched.events.map(callIdOf)).toEqual(['the-good-one', 'after-reconnect']);
    expect(requests[0]?.['last-event-id']).toBeUndefined();
    expect(requests[1]?.['last-event-id']).toBe('6');
    expect(requests[1]?.authorization).toBe('Bearer token-1');
    const warnings = watched.memory.lines().filter((line) => line.level === 40).map((line) => line.msg);
    expect(warnings).toEqual(expect.arrayContaining(['skipped a CTI feed event that is not JSON', 'skipped a CTI feed event that does not match the call event schema']));
    expect(warnings.some((w) => /^CTI feed: an? (line|event) was too (long|large) and was dropped$/.test(String(w)))).toBe(true);
    expect(JSON.stringify(watched.memory.lines())).not.toContain('5550142');
  });
});
