import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, apiRoutes, SignInResponseSchema } from '../../shared/api/routes';
import { openDatabase } from '../database/open-database';
import { createTestBrowser } from '../identity/testing/create-test-browser';
import { findFreePort } from '../identity/testing/find-free-port';
import { signInWithCodeFlow } from '../identity/testing/sign-in-with-code-flow';
import { loadSigningKey } from '../identity/load-signing-key';
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
  test = await startTestSandbox({ members: 30, now: () => new Date(clock), identity: { port: await findFreePort() } });
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

/** An access token from the sandbox provider, through its sign-in page. */
const providerToken = async (username = 'rep1') =>
  (await signInWithCodeFlow(test.sandbox.issuerUrl, createTestBrowser(test.sandbox.issuerUrl, { isCallbackFetched: false }), { username, password: 'sandbox' }));

/** Signs `claims` as the provider would (its own key, from the database) or with another key under its key id. */
async function forge(claims: Record<string, unknown>, { typ = 'at+jwt', isKeyForeign = false } = {}): Promise<string> {
  const db = openDatabase(test.sandbox.dbPath, { purpose: 'inspect' });
  const real = loadSigningKey(db);
  db.close();
  const foreign = { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), kid: real.kid };
  const key = await importJWK((isKeyForeign ? foreign : real.privateJwk) as JWK, 'ES256');
  const nowSeconds = Math.floor(clock / 1000);
  const payload = { iss: test.sandbox.issuerUrl, aud: 'urn:rep-console:backend', sub: 'rep1', role: 'rep', name: 'Jordan Alvarez', client_ids: ['northstar'], jti: `j-${Math.random()}`, iat: nowSeconds, exp: nowSeconds + 300, ...claims };
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: real.kid, typ }).sign(key);
}

describe('access tokens from the sandbox OpenID provider', () => {
  it("are accepted for the user their claims name, with that user's client assignments", async () => {
    const { accessToken } = await providerToken('rep2');
    expect((await readProfile(accessToken)).status).toBe(200);
    const clients = apiRoutes.listClients.response.parse((await requestJson(url(), '/v1/clients', { token: accessToken })).body);
    expect(clients.clients.length).toBeGreaterThan(0);
    expect((await readProfile(await forge({ sub: 'rep2', client_ids: ['bayside'] }))).status).toBe(403);
  });

  it('are refused when forged, addressed to someone else, expired, or an ID token', async () => {
    const { idToken } = await providerToken();
    expect((await readProfile(await forge({}))).status).toBe(200);
    const refusals = [
      await forge({}, { isKeyForeign: true }),
      await forge({ aud: 'rep-console' }),
      await forge({ iss: 'http://127.0.0.1:1' }),
      await forge({ exp: Math.floor(clock / 1000) - 60 }),
      await forge({ role: 'admin' }),
      await forge({}, { typ: 'JWT' }),
      idToken,
      `${Buffer.from('{"alg":"none","typ":"at+jwt"}').toString('base64url')}.${(await forge({})).split('.')[1]}.`,
    ];
    for (const token of refusals) {
      const refused = await readProfile(token);
      expect(refused.status).toBe(401);
      expect(ApiErrorSchema.parse(refused.body).error.code).toBe('NOT_SIGNED_IN');
    }
  });

  it('stop working once the backend clock passes their expiry', async () => {
    const { accessToken } = await providerToken();
    expect((await readProfile(accessToken)).status).toBe(200);
    clock += 6 * 60_000;
    try {
      expect((await readProfile(accessToken)).status).toBe(401);
    } finally {
      clock -= 6 * 60_000;
    }
  });

  it('end at sign-out: the jti is denylisted until expiry, in every sandbox on the file and after a restart', async () => {
    const { accessToken } = await providerToken();
    const other = await providerToken();
    expect((await signOut(accessToken)).status).toBe(200);
    expect((await readProfile(accessToken)).status).toBe(401);
    expect((await signOut(accessToken)).status).toBe(401);
    await test.restart();
    expect((await readProfile(accessToken)).status).toBe(401);
    expect((await readProfile(other.accessToken)).status).toBe(200);
  });
});
