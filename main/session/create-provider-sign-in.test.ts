import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestBrowser, type TestCredentials } from '../../sandbox/identity/testing/create-test-browser';
import { discoverSandboxProvider } from '../../sandbox/identity/testing/sign-in-with-code-flow';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import { createBackendClient } from '../backend/create-backend-client';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createIdentityClient } from './create-identity-client';
import { createSessionService, type SessionService } from './create-session-service';
import { createSignInVault } from './create-sign-in-vault';
import { retryAfterRefresh } from './retry-after-refresh';

let test: TestSandbox;
const services: SessionService[] = [];
const lead = { username: 'lead1', password: 'sandbox' };
const rep = { username: 'rep1', password: 'sandbox' };

beforeAll(async () => {
  // Three-second access tokens: the console refreshes them at four fifths of their life.
  test = await startTestSandbox({ members: 30, identity: { accessTokenTtlSeconds: 3 } });
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
});
afterAll(() => test.stop());

/** A console's session service on the real sandbox and its provider; `browser` plays the rep's system browser. */
function setup(options: { dir?: string; signInTimeoutMs?: number } = {}) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'sso-'));
  const issuer = test.sandbox.issuerUrl;
  const browser = createTestBrowser(issuer);
  const opened: string[] = [];
  const visits: Promise<unknown>[] = [];
  let onOpen: (url: string) => void = () => undefined;
  const openExternal = (url: string) => {
    opened.push(url);
    onOpen(url);
  };
  const keyStore = createFileKeyStore({ filePath: join(dir, 'key') });
  const vault = createSignInVault({ filePath: join(dir, 'sign-in.bin'), keyStore });
  const identity = createIdentityClient({ issuer, clientId: 'rep-console', extraScopes: [], redirectPort: 0, openExternal, ...(options.signInTimeoutMs ? { signInTimeoutMs: options.signInTimeoutMs } : {}) });
  const ended: string[] = [];
  const session = createSessionService({ backend: () => backend, identity, vault, openExternal, onEnded: (message) => ended.push(message) });
  const backend = retryAfterRefresh(createBackendClient({ baseUrl: test.sandbox.url, timeoutMs: 3_000, maxRetries: 0, getToken: () => session.token() }), () => session);
  services.push(session);
  return {
    session, backend, browser, opened, ended, vault, dir, issuer,
    /** The next page main opens is answered by this person at the keyboard. */
    typeInto(credentials: TestCredentials) {
      onOpen = (url) => visits.push(browser.visit(url, credentials));
    },
    onOpen(act: (url: string) => void) {
      onOpen = act;
    },
    visits: () => Promise.all(visits),
  };
}

const statusWith = async (token: string) => (await fetch(`${test.sandbox.url}/v1/clients`, { headers: { authorization: `Bearer ${token}` } })).status;

describe('single sign-on in main', () => {
  it('signs in through the provider in the browser: the user and role from the ID token, a token the backend takes, nothing in clear on disk', async () => {
    const t = setup();
    t.typeInto(lead);
    const session = await t.session.signInWithProvider();
    expect(session.user).toEqual({ id: 'lead1', displayName: 'Morgan Lee', role: 'team_lead', clientIds: ['northstar', 'cedar-valley', 'bayside'] });
    expect(new URL(t.opened[0]!).searchParams.get('code_challenge_method')).toBe('S256');
    expect((await t.backend.call('listTeamAgents')).agents.length).toBeGreaterThan(0);
    // The backend never saw this sign-in happen: the console tells its audit trail.
    const actions = async () => (await t.backend.call('searchAuditTrail', { body: { repId: 'lead1', limit: 20 } })).entries.map((e) => e.action);
    await expect.poll(actions).toContain('signed_in');
    const sealed = readFileSync(join(t.dir, 'sign-in.bin'));
    expect(sealed.includes(t.session.token()!)).toBe(false);
    expect(sealed.includes('lead1')).toBe(false);
    expect(t.vault.load(t.issuer, 'rep-console')?.user.id).toBe('lead1');
    expect(t.session.signInOptions()).toEqual({ provider: { issuer: t.issuer }, isPasswordAllowed: false });
    await expect(t.session.signIn({ username: 'lead1', password: 'sandbox' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a redirect carrying another attempt\'s state, and a provider error, with a sentence each', async () => {
    const t = setup();
    const answerWith = (query: (state: string) => string) =>
      t.onOpen((url) => {
        const auth = new URL(url);
        void fetch(`${auth.searchParams.get('redirect_uri')}?${query(auth.searchParams.get('state') ?? '')}`);
      });
    answerWith(() => 'code=stolen&state=someone-elses');
    await expect(t.session.signInWithProvider()).rejects.toMatchObject({ code: 'SIGN_IN_FAILED', message: expect.stringContaining('did not come from the sign-in Rep Console started') });
    answerWith((state) => `error=access_denied&state=${state}`);
    await expect(t.session.signInWithProvider()).rejects.toMatchObject({ code: 'SIGN_IN_FAILED', message: 'The sign-in was refused or cancelled at your company account.' });
    expect(t.session.current()).toBeNull();
  });

  it('ends an attempt the rep cancels, or one left waiting too long', async () => {
    const t = setup({ signInTimeoutMs: 300 });
    t.onOpen(() => t.session.cancelProviderSignIn());
    await expect(t.session.signInWithProvider()).rejects.toMatchObject({ code: 'SIGN_IN_CANCELLED', message: 'Sign-in cancelled.' });
    t.onOpen(() => undefined);
    await expect(t.session.signInWithProvider()).rejects.toMatchObject({ code: 'SIGN_IN_CANCELLED', message: 'Sign-in took too long and was stopped. Try again.' });
  });

  it('refreshes the access token before it expires, and retries a refused call once with a fresh one', async () => {
    const t = setup();
    t.typeInto(rep);
    await t.session.signInWithProvider();
    const first = t.session.token()!;
    const second = await new Promise<string | null>((resolve) => t.session.watchToken(resolve));
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect(await statusWith(second!)).toBe(200);
    // The backend refuses the current token (signed out there behind the console's back): one refresh, one retry.
    await fetch(`${test.sandbox.url}/v1/sessions/current`, { method: 'DELETE', headers: { authorization: `Bearer ${second}` } });
    expect((await t.backend.call('listClients')).clients.length).toBeGreaterThan(0);
    expect(t.session.token()).not.toBe(second);
    // A service still holding an earlier token of the session is retried with the current one.
    expect((await t.backend.call('listClients', { token: first })).clients.length).toBeGreaterThan(0);
    expect(t.ended).toEqual([]);
  });

  it('ends the session through onEnded when the provider refuses the refresh token, leaving nothing to resume', async () => {
    const t = setup();
    t.typeInto(rep);
    await t.session.signInWithProvider();
    const stored = t.vault.load(t.issuer, 'rep-console')!;
    await oidc.tokenRevocation(await discoverSandboxProvider(t.issuer), stored.refreshToken, { token_type_hint: 'refresh_token' });
    expect(await t.session.renewAfterRefusal(t.session.token()!)).toBeNull();
    expect(t.ended).toEqual(['Your sign-in has ended: it expired or was signed out elsewhere. Sign in again.']);
    expect(t.session.current()).toBeNull();
    expect(t.vault.load(t.issuer, 'rep-console')).toBeNull();
  });

  it('signs out everywhere: backend and provider tokens revoked, the provider page opened, its session ended', async () => {
    const t = setup();
    t.typeInto(rep);
    await t.session.signInWithProvider();
    // The provider remembers the rep: a second sign-in needs no password.
    const firstAsked = new Promise<boolean>((resolve) => t.onOpen((url) => void t.browser.visit(url, rep).then((visit) => resolve(visit.wasPasswordAsked))));
    await t.session.signInWithProvider();
    expect(await firstAsked).toBe(false);
    const token = t.session.token()!;
    const { refreshToken } = t.vault.load(t.issuer, 'rep-console')!;
    let endSession: Promise<unknown> = Promise.resolve();
    t.onOpen((url) => (endSession = t.browser.confirmSignOut(url)));
    await t.session.signOut();
    await endSession;
    expect(new URL(t.opened[2]!).pathname).toBe('/session/end');
    expect(await statusWith(token)).toBe(401);
    await expect(oidc.refreshTokenGrant(await discoverSandboxProvider(t.issuer), refreshToken)).rejects.toMatchObject({ error: 'invalid_grant' });
    const asked = new Promise<boolean>((resolve) => t.onOpen((url) => void t.browser.visit(url, rep).then((visit) => resolve(visit.wasPasswordAsked))));
    await t.session.signInWithProvider();
    expect(await asked).toBe(true);
    expect(t.ended).toEqual([]);
  });

  it('signs back in silently after a restart with the sealed refresh token', async () => {
    const first = setup();
    first.typeInto(rep);
    await first.session.signInWithProvider();
    await first.session.close();
    const restarted = setup({ dir: first.dir });
    const resumed = await restarted.session.resume();
    expect(resumed?.user.id).toBe('rep1');
    expect(await statusWith(restarted.session.token()!)).toBe(200);
    expect(restarted.opened).toEqual([]);
  });

  it('says plainly when the provider cannot be reached, and signs no one in', async () => {
    const identity = createIdentityClient({ issuer: 'http://127.0.0.1:9', clientId: 'rep-console', extraScopes: [], redirectPort: 0, openExternal: () => undefined });
    const session = createSessionService({ backend: () => createBackendClient({ baseUrl: test.sandbox.url, timeoutMs: 1_000, maxRetries: 0, getToken: () => null }), identity });
    services.push(session);
    await expect(session.signInWithProvider()).rejects.toMatchObject({ code: 'SIGN_IN_FAILED', message: "Rep Console can't reach your company account right now. Check the network and try again." });
    expect(await session.resume()).toBeNull();
    expect(session.current()).toBeNull();
  });

  it('re-authenticates the same person with the password asked again, and refuses anyone else', async () => {
    const t = setup();
    t.typeInto(rep);
    await t.session.signInWithProvider();
    const asked = new Promise<boolean>((resolve) => t.onOpen((url) => void t.browser.visit(url, rep).then((visit) => resolve(visit.wasPasswordAsked))));
    expect((await t.session.reauthenticate({ method: 'provider' })).user.id).toBe('rep1');
    expect(await asked).toBe(true);
    t.typeInto({ username: 'rep2', password: 'sandbox' });
    await expect(t.session.reauthenticate({ method: 'provider' })).rejects.toMatchObject({ code: 'DIFFERENT_USER' });
    expect(t.session.current()?.user.id).toBe('rep1');
    await expect(t.session.reauthenticate({ method: 'password', password: 'sandbox' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
