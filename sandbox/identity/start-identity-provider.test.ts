import { existsSync, readFileSync } from 'node:fs';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestJson } from '../testing/request-json';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { createTestBrowser } from './testing/create-test-browser';
import { findFreePort } from './testing/find-free-port';
import { signInWithCodeFlow } from './testing/sign-in-with-code-flow';

let test: TestSandbox;
const issuer = () => test.sandbox.issuerUrl;
const rep1 = { username: 'rep1', password: 'sandbox' };

const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

beforeAll(async () => {
  test = await startTestSandbox({ members: 30, identity: { port: await findFreePort() } });
});
afterAll(() => test.stop());

describe('the sandbox OpenID provider', () => {
  it('signs a sandbox user in by code flow, with their role and clients as claims the backend acts on', async () => {
    const lead = await signInWithCodeFlow(issuer(), createTestBrowser(issuer(), { isCallbackFetched: false }), { username: 'lead1', password: 'sandbox' });
    expect(decode(lead.idToken)).toMatchObject({ sub: 'lead1', name: 'Morgan Lee', role: 'team_lead', client_ids: ['northstar', 'cedar-valley', 'bayside'] });
    expect(decode(lead.accessToken)).toMatchObject({ sub: 'lead1', aud: 'urn:rep-console:backend', iss: issuer() });
    expect((await requestJson(test.sandbox.url, '/v1/team/agents', { token: lead.accessToken })).status).toBe(200);
    const rep = await signInWithCodeFlow(issuer(), createTestBrowser(issuer(), { isCallbackFetched: false }), { username: 'rep2', password: 'sandbox' });
    const forbidden = await requestJson(test.sandbox.url, '/v1/team/agents', { token: rep.accessToken });
    expect(forbidden.status).toBe(403);
    expect(JSON.stringify(forbidden.body)).toContain('you are signed in as a rep');
  });

  it('answers a wrong password on its own page, in an alert, and signs no one in', async () => {
    const config = await oidc.discovery(new URL(issuer()), 'rep-console', undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: 'http://127.0.0.1:9/callback', scope: 'openid', state: 's', code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256' });
    const visit = await createTestBrowser(issuer(), { isCallbackFetched: false }).visit(url.href, { username: 'rep1', password: 'wrong' });
    expect(visit.status).toBe(401);
    expect(visit.body).toContain('<p id="sign-in-error" class="error" role="alert">User name or password is wrong.</p>');
    expect(visit.body).toContain('aria-describedby="sign-in-error"');
  });

  it('refuses an authorization request without PKCE', async () => {
    const config = await oidc.discovery(new URL(issuer()), 'rep-console', undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: 'http://127.0.0.1:9/callback', scope: 'openid', state: 's' });
    const visit = await createTestBrowser(issuer(), { isCallbackFetched: false }).visit(url.href, rep1);
    expect(visit.wasPasswordAsked).toBe(false);
    expect(new URL(visit.finalUrl).searchParams.get('error')).toBe('invalid_request');
  });

  it('rotates refresh tokens, and a revoked one refreshes nothing', async () => {
    const tokens = await signInWithCodeFlow(issuer(), createTestBrowser(issuer(), { isCallbackFetched: false }), rep1);
    const refreshed = await oidc.refreshTokenGrant(tokens.config, tokens.refreshToken);
    expect(refreshed.refresh_token).toBeDefined();
    expect(refreshed.refresh_token).not.toBe(tokens.refreshToken);
    expect((await requestJson(test.sandbox.url, '/v1/clients', { token: refreshed.access_token })).status).toBe(200);
    await oidc.tokenRevocation(tokens.config, refreshed.refresh_token ?? '', { token_type_hint: 'refresh_token' });
    await expect(oidc.refreshTokenGrant(tokens.config, refreshed.refresh_token ?? '')).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('keeps its session until the person signs out there; then the next sign-in asks for the password again', async () => {
    const browser = createTestBrowser(issuer(), { isCallbackFetched: false });
    const first = await signInWithCodeFlow(issuer(), browser, rep1);
    const config = first.config;
    const url = async () => oidc.buildAuthorizationUrl(config, { redirect_uri: 'http://127.0.0.1:9/callback', scope: 'openid', state: 's', code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256' }).href;
    expect((await browser.visit(await url())).wasPasswordAsked).toBe(false);
    const signedOut = await browser.confirmSignOut(oidc.buildEndSessionUrl(config, { id_token_hint: first.idToken }).href);
    expect(signedOut.body).toContain('<h1>You are signed out</h1>');
    expect((await browser.visit(await url())).wasPasswordAsked).toBe(true);
  });

  it('survives a restart on the same file: tokens still verify, refresh still works, and none is stored in clear', async () => {
    const tokens = await signInWithCodeFlow(issuer(), createTestBrowser(issuer(), { isCallbackFetched: false }), rep1);
    const before = issuer();
    await test.restart();
    expect(issuer()).toBe(before);
    expect((await requestJson(test.sandbox.url, '/v1/clients', { token: tokens.accessToken })).status).toBe(200);
    const config = await oidc.discovery(new URL(issuer()), 'rep-console', undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refreshToken);
    const files = ['', '-wal'].map((suffix) => `${test.sandbox.dbPath}${suffix}`).filter((file) => existsSync(file));
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const secret of [tokens.refreshToken, refreshed.refresh_token ?? 'none', tokens.accessToken]) expect(bytes.includes(secret)).toBe(false);
    }
  });
});
