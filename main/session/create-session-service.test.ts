import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_TTL_MS } from '../../sandbox/server/create-session-store';
import { startSandbox, type RunningSandbox } from '../../sandbox/start-sandbox';
import { AppFailure } from '../../shared/ipc/result';
import { createBackendClient } from '../backend/create-backend-client';
import { createSessionService, SESSION_EXPIRED_MESSAGE, type SessionService } from './create-session-service';

let dbPath: string;
const open: { sandboxes: RunningSandbox[]; services: SessionService[] } = { sandboxes: [], services: [] };

beforeAll(async () => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'session-')), 'sandbox.sqlite');
  await (await startSandbox({ dbPath, members: 30 })).close();
});

afterEach(async () => {
  await Promise.all(open.services.splice(0).map((s) => s.close()));
  await Promise.all(open.sandboxes.splice(0).map((s) => s.close()));
});

/** A session service on a real backend client and sandbox whose clock may run behind this one. */
async function setup(sandboxBehindMs = 0) {
  const sandbox = await startSandbox({ dbPath, members: 30, now: () => new Date(Date.now() - sandboxBehindMs) });
  open.sandboxes.push(sandbox);
  const ended: string[] = [];
  const session: SessionService = createSessionService({
    backend: () => backend,
    onEnded: (message) => ended.push(message),
  });
  const backend = createBackendClient({ baseUrl: sandbox.url, timeoutMs: 2000, maxRetries: 0, getToken: () => session.token() });
  open.services.push(session);
  /** Reads the client list with `token` as anyone holding it could: the HTTP status says whether it still works. */
  const statusWith = async (token: string) => (await fetch(`${sandbox.url}/v1/clients`, { headers: { Authorization: `Bearer ${token}` } })).status;
  return { session, ended, statusWith };
}

const refused = new AppFailure('NOT_SIGNED_IN', 'Your session has ended. Sign in again.');

describe('the session service', () => {
  it('ends the session, once, when the backend refuses a call made in it', async () => {
    const { session, ended } = await setup();
    await session.signIn({ username: 'rep1', password: 'sandbox' });
    const during = session.current();
    session.handleFailure(refused, during);
    session.handleFailure(refused, during);
    expect(session.current()).toBeNull();
    expect(ended).toEqual(['Your session has ended. Sign in again.']);
  });

  it('never lets a late refusal from an earlier session end the current one', async () => {
    const { session, ended } = await setup();
    await session.signIn({ username: 'rep1', password: 'sandbox' });
    const earlier = session.current();
    await session.signIn({ username: 'rep2', password: 'sandbox' });
    session.handleFailure(refused, earlier);
    expect(session.current()?.user.id).toBe('rep2');
    expect(ended).toEqual([]);
  });

  it('ignores failures other than a refused session', async () => {
    const { session, ended } = await setup();
    await session.signIn({ username: 'rep1', password: 'sandbox' });
    session.handleFailure(new AppFailure('BACKEND_UNREACHABLE', 'down'), session.current());
    expect(session.current()).not.toBeNull();
    expect(ended).toEqual([]);
  });

  it('refuses a token that is expired on arrival, and says the clock may be wrong', async () => {
    const { session } = await setup(SESSION_TTL_MS + 60_000);
    await expect(session.signIn({ username: 'rep1', password: 'sandbox' })).rejects.toMatchObject({
      code: 'NOT_SIGNED_IN',
      message: expect.stringContaining("this computer's clock may be wrong"),
    });
    expect(session.current()).toBeNull();
  });

  it('ends an expiring session on its own, with no call needed to notice', async () => {
    const { session, ended } = await setup(SESSION_TTL_MS - 1_500);
    await session.signIn({ username: 'rep1', password: 'sandbox' });
    await expect.poll(() => ended, { timeout: 5_000, interval: 50 }).toEqual([SESSION_EXPIRED_MESSAGE]);
    expect(session.current()).toBeNull();
  });

  it('revokes the token at the backend on sign-out: whoever copied it can no longer use it', async () => {
    const { session, statusWith } = await setup();
    await session.signIn({ username: 'rep1', password: 'sandbox' });
    const token = session.token()!;
    expect(await statusWith(token)).toBe(200);
    await session.signOut();
    expect(await statusWith(token)).toBe(401);
  });

  it('revokes the token when the session expires here, even if the backend clock says it is still good', async () => {
    const { session, ended, statusWith } = await setup(SESSION_TTL_MS - 1_500);
    await session.signIn({ username: 'rep1', password: 'sandbox' });
    const token = session.token()!;
    await expect.poll(() => ended, { timeout: 5_000, interval: 50 }).toEqual([SESSION_EXPIRED_MESSAGE]);
    await expect.poll(() => statusWith(token), { timeout: 3_000, interval: 100 }).toBe(401);
  });

  it('revokes the token when the console closes, and when another rep signs in at the same desk', async () => {
    const { session, statusWith } = await setup();
    await session.signIn({ username: 'rep1', password: 'sandbox' });
    const first = session.token()!;
    await session.signIn({ username: 'rep2', password: 'sandbox' });
    expect(await statusWith(first)).toBe(401);
    const second = session.token()!;
    await session.close();
    expect(await statusWith(second)).toBe(401);
  });

  it('tells the rep plainly when repeated wrong passwords have locked sign-in for a while', async () => {
    const { session } = await setup();
    for (let i = 0; i < 5; i += 1) {
      await expect(session.signIn({ username: 'rep2', password: 'wrong' })).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
    }
    await expect(session.signIn({ username: 'rep2', password: 'sandbox' })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^Too many sign-in attempts\. Try again in \d+ (seconds|minutes?)\.$/),
    });
    expect(session.current()).toBeNull();
  });

  it('does not report sign-out as a session that ended', async () => {
    const { session, ended } = await setup();
    await session.signIn({ username: 'rep1', password: 'sandbox' });
    await session.signOut();
    expect(session.current()).toBeNull();
    expect(ended).toEqual([]);
  });
});
