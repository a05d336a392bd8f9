import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../sandbox/start-sandbox';
import { createBackendClient, type BackendClientOptions } from './create-backend-client';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'backend-client-'));
  sandbox = await startSandbox({ dbPath: join(dir, 'sandbox.sqlite'), members: 60, port: 0 });
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.faults.clear());

function client(overrides: Partial<BackendClientOptions> = {}) {
  let token: string | null = null;
  const api = createBackendClient({
    baseUrl: sandbox.url,
    timeoutMs: 2_000,
    maxRetries: 2,
    retryBaseDelayMs: 5,
    getToken: () => token,
    ...overrides,
  });
  return {
    api,
    async signIn(username = 'rep1') {
      token = (await api.call('createSession', { body: { username, password: 'sandbox' } })).token;
    },
  };
}

describe('the backend client against the sandbox', () => {
  it('signs in and validates what the backend answers', async () => {
    const { api, signIn } = client();
    await signIn();
    const { clients } = await api.call('listClients');
    expect(clients.map((c) => c.id).sort()).toEqual(['bayside', 'cedar-valley', 'northstar']);
  });

  it('refuses to call a signed-in route without a session, without sending anything', async () => {
    const { api } = client();
    await expect(api.call('listClients')).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
  });

  it('maps a wrong password to a sentence the rep can act on', async () => {
    const { api } = client();
    await expect(api.call('createSession', { body: { username: 'rep1', password: 'nope' } })).rejects.toMatchObject({
      code: 'NOT_SIGNED_IN',
      message: 'User name or password is wrong.',
    });
  });

  it('lets the backend enforce roles: a rep may not list the team', async () => {
    const rep = client();
    await rep.signIn('rep1');
    await expect(rep.api.call('listTeamAgents')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const lead = client();
    await lead.signIn('lead1');
    expect((await lead.api.call('listTeamAgents')).agents.length).toBeGreaterThan(0);
  });

  it('says plainly when a member does not exist', async () => {
    const { api, signIn } = client();
    await signIn();
    await expect(api.call('getMemberProfile', { params: { memberId: 'NSH999999999' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('retries a GET through passing failures', async () => {
    const { api, signIn } = client();
    await signIn();
    sandbox.faults.set({ failNext: { count: 2, status: 503 } });
    await expect(api.call('listClients')).resolves.toMatchObject({ clients: expect.any(Array) });
  });

  it('gives up after the configured retries with a readable error', async () => {
    const { api, signIn } = client({ maxRetries: 1 });
    await signIn();
    sandbox.faults.set({ failNext: { count: 2, status: 503 } });
    await expect(api.call('listClients')).rejects.toMatchObject({ code: 'BACKEND_ERROR', message: expect.stringContaining('HTTP 503') });
  });

  it('reports a failing backend for the log once, after the retries, with the route and status', async () => {
    const onFailure = vi.fn();
    const { api, signIn } = client({ maxRetries: 1, onFailure });
    await signIn();
    sandbox.faults.set({ failNext: { count: 2, status: 502 } });
    await expect(api.call('listClients')).rejects.toMatchObject({ code: 'BACKEND_ERROR' });
    expect(onFailure.mock.calls).toEqual([[{ route: 'listClients', code: 'BACKEND_ERROR', status: 502 }]]);
  });

  it('retries a search, a read-only POST, through passing failures', async () => {
    const { api, signIn } = client();
    await signIn();
    const before = sandbox.faults.requestCount();
    sandbox.faults.set({ failNext: { count: 2, status: 503 } });
    await expect(api.call('searchMembers', { body: { by: 'memberId', memberId: 'NSH999999999' } })).resolves.toEqual({ members: [] });
    expect(sandbox.faults.requestCount() - before).toBe(3);
  });

  it('sends search keys in the body, never in the URL that proxies and access logs keep', async () => {
    const seen: { method?: string; url?: string; body: string }[] = [];
    const recorder = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ members: [] }));
      });
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    const api = createBackendClient({ baseUrl: `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`, timeoutMs: 1000, maxRetries: 0, getToken: () => 'token-for-the-recorder' });
    await api.call('searchMembers', { body: { by: 'nameDob', lastName: 'Carter-Hughes', dateOfBirth: '1948-03-09' } });
    await new Promise<void>((resolve) => recorder.close(() => resolve()));
    expect(seen).toEqual([{ method: 'POST', url: '/v1/members/search', body: JSON.stringify({ by: 'nameDob', lastName: 'Carter-Hughes', dateOfBirth: '1948-03-09' }) }]);
  });

  it('never retries a POST: a replayed write could act twice', async () => {
    const { api } = client();
    sandbox.faults.set({ failNext: { count: 1, status: 503 } });
    await expect(api.call('createSession', { body: { username: 'rep1', password: 'sandbox' } })).rejects.toMatchObject({ code: 'BACKEND_ERROR' });
    await expect(api.call('createSession', { body: { username: 'rep1', password: 'sandbox' } })).resolves.toMatchObject({ user: { id: 'rep1' } });
  });

  it('times out a slow backend and reports it', async () => {
    const onReachability = vi.fn();
    const { api } = client({ timeoutMs: 150, maxRetries: 0, onReachability });
    sandbox.faults.set({ delayMs: 600 });
    await expect(api.call('getHealth')).rejects.toMatchObject({ code: 'BACKEND_TIMEOUT', message: expect.stringContaining('did not answer in time') });
    expect(onReachability).toHaveBeenLastCalledWith(false, expect.objectContaining({ code: 'BACKEND_TIMEOUT' }));
  });

  it('names the address when nothing answers there, after retrying', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const onReachability = vi.fn();
    const api = createBackendClient({ baseUrl: url, timeoutMs: 1000, maxRetries: 2, retryBaseDelayMs: 5, getToken: () => null, onReachability });
    await expect(api.call('getHealth')).rejects.toMatchObject({ code: 'BACKEND_UNREACHABLE', message: expect.stringContaining(url) });
    expect(onReachability).toHaveBeenCalledWith(false, expect.anything());
  });

  it('refuses data that does not match the contract instead of showing wrong numbers', async () => {
    const liar = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok', version: 1 }));
    });
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', resolve));
    const onFailure = vi.fn();
    const api = createBackendClient({ baseUrl: `http://127.0.0.1:${(liar.address() as AddressInfo).port}`, timeoutMs: 1000, maxRetries: 0, getToken: () => null, onFailure });
    await expect(api.call('getHealth')).rejects.toMatchObject({ code: 'BACKEND_CONTRACT' });
    // IT learns which fields broke the contract, never what they held.
    expect(onFailure.mock.calls).toEqual([[{ route: 'getHealth', code: 'BACKEND_CONTRACT', mismatches: ['version: invalid_type', 'asOf: invalid_type'] }]]);
    await new Promise<void>((resolve) => liar.close(() => resolve()));
  });
});
