/**
 * How the backend client sends a rep action: checked against the contract before it leaves, sent again
 * after a lost answer with the SAME Idempotency-Key, and a declared business code answered as a
 * refusal rather than an error. Against a recording HTTP server on loopback.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackendRefusal } from './backend-refusal';
import { createBackendClient } from './create-backend-client';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

type Answer = { status: number; body: unknown } | 'drop';

/** A server that answers each request with the next of `answers`, recording what it received. */
async function recorder(answers: Answer[]) {
  const seen: { key: string | undefined; body: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ key: req.headers['idempotency-key'] as string | undefined, body });
      const answer = answers.shift() ?? { status: 500, body: { error: { code: 'INTERNAL', message: 'out of answers' } } };
      if (answer === 'drop') return void req.socket.destroy();
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const onFailure = vi.fn();
  const api = createBackendClient({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    timeoutMs: 1_000,
    maxRetries: 2,
    retryBaseDelayMs: 5,
    getToken: () => 'a-token-for-the-recorder',
    onFailure,
  });
  return { api, seen, onFailure };
}

const request = { planYear: 2026, channel: 'phone', requestedOn: '2026-11-15', authorizedBy: { kind: 'member' } } as const;
const KEY = '6f1d1c0e-7a54-4c55-9a0f-1e9f3f0c2b7a';

describe('the backend client sending a rep action', () => {
  it('checks the request against the contract and sends nothing when it is wrong', async () => {
    const { api, seen } = await recorder([]);
    const bad = { ...request, requestedOn: '11/15/2026' };
    await expect(api.call('optInMember', { params: { memberId: 'NSH400012345' }, body: bad, idempotencyKey: KEY })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(api.call('optInMember', { params: { memberId: 'not-an-id' }, body: request, idempotencyKey: KEY })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(seen).toEqual([]);
  });

  it('sends again after a lost answer or a 503, always with the same Idempotency-Key', async () => {
    const { api, seen } = await recorder(['drop', { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'busy' } } }, { status: 409, body: { error: { code: 'ALREADY_PARTICIPATING', message: 'Already in.' } } }]);
    await expect(api.call('optInMember', { params: { memberId: 'NSH400012345' }, body: request, idempotencyKey: KEY })).rejects.toBeInstanceOf(BackendRefusal);
    expect(seen.map((s) => s.key)).toEqual([KEY, KEY, KEY]);
    expect(new Set(seen.map((s) => s.body)).size).toBe(1);
  });

  it('answers a declared business code as a refusal, not a backend fault', async () => {
    const { api, onFailure } = await recorder([{ status: 409, body: { error: { code: 'ALREADY_PARTICIPATING', message: 'The member already participates in 2026.' } } }]);
    const refusal = await api.call('optInMember', { params: { memberId: 'NSH400012345' }, body: request, idempotencyKey: KEY }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ name: 'BackendRefusal', code: 'ALREADY_PARTICIPATING', message: 'The member already participates in 2026.', status: 409 });
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('treats a code the route does not declare as the error it is', async () => {
    const { api } = await recorder([{ status: 409, body: { error: { code: 'SOMETHING_NEW', message: 'Surprise.' } } }]);
    await expect(api.call('optInMember', { params: { memberId: 'NSH400012345' }, body: request, idempotencyKey: KEY })).rejects.toMatchObject({ code: 'BACKEND_ERROR' });
  });
});
