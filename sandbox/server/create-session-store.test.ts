import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, apiRoutes, SignInResponseSchema } from '../../shared/api/routes';
import { openDatabase } from '../database/open-database';
import { requestJson } from '../testing/request-json';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';

let test: TestSandbox;
let memberId: string;
let clock = Date.now();

const url = () => test.sandbox.url;
const signIn = async (username = 'rep1') => SignInResponseSchema.parse((await requestJson(url(), '/v1/sessions', { json: { username, password: 'sandbox' } })).body).token;
const readProfile = (token: string) => requestJson(url(), `/v1/members/${memberId}/profile`, { token });
const signOut = (token: string) => requestJson(url(), '/v1/sessions/current', { method: 'DELETE', token });

beforeAll(async () => {
  test = await startTestSandbox({ members: 30, now: () => new Date(clock) });
  const db = openDatabase(test.sandbox.dbPath, { purpose: 'inspect' });
  memberId = db.prepare<[], string>('SELECT member_id FROM members ORDER BY member_key LIMIT 1').pluck().get() ?? '';
  db.close();
});

afterAll(() => test.stop());

describe('sessions', () => {
  it('survive a restart on the same database file', async () => {
    const token = await signIn();
    expect((await readProfile(token)).status).toBe(200);
    const restarted = await test.restart();
    expect(restarted.didSeed).toBe(false);
    expect((await readProfile(token)).status).toBe(200);
  });

  it('end at once on sign-out, stay ended after a restart, and leave other sessions alone', async () => {
    const token = await signIn();
    const other = await signIn('rep2');
    const revoked = await signOut(token);
    expect(revoked.status).toBe(200);
    expect(apiRoutes.revokeSession.response.parse(revoked.body)).toEqual({ revoked: true });
    const refused = await readProfile(token);
    expect(refused.status).toBe(401);
    expect(ApiErrorSchema.parse(refused.body).error).toEqual({ code: 'NOT_SIGNED_IN', message: 'Your session has ended or is not valid. Sign in again.' });
    await test.restart();
    expect((await readProfile(token)).status).toBe(401);
    expect((await readProfile(other)).status).toBe(200);
  });

  it('answer a second sign-out with the same token 401 NOT_SIGNED_IN, like any dead token', async () => {
    const token = await signIn();
    expect((await signOut(token)).status).toBe(200);
    const again = await signOut(token);
    expect(again.status).toBe(401);
    expect(ApiErrorSchema.parse(again.body).error.code).toBe('NOT_SIGNED_IN');
    expect((await signOut('x'.repeat(43))).status).toBe(401);
    expect((await requestJson(url(), '/v1/sessions/current', { method: 'DELETE' })).status).toBe(401);
  });

  it('store only a SHA-256 digest of each token, and sweep expired rows at the next sign-in', async () => {
    const token = await signIn('lead1');
    const db = openDatabase(test.sandbox.dbPath, { purpose: 'inspect' });
    const count = () => db.prepare<[], number>('SELECT count(*) FROM sessions').pluck().get() ?? 0;
    try {
      const digest = createHash('sha256').update(token).digest();
      expect(db.prepare<[Buffer], string>('SELECT user_id FROM sessions WHERE token_digest = ?').pluck().get(digest)).toBe('lead1');
      const files = ['', '-wal'].map((suffix) => `${test.sandbox.dbPath}${suffix}`).filter((file) => existsSync(file));
      for (const file of files) expect(readFileSync(file).includes(token)).toBe(false);
      expect(count()).toBeGreaterThan(1);
      clock += 8 * 3_600_000 + 1_000;
      expect((await readProfile(token)).status).toBe(401);
      await signIn();
      expect(count()).toBe(1);
    } finally {
      clock -= 8 * 3_600_000 + 1_000;
      db.close();
    }
  });
});
