/**
 * The console's side of the code flow, for sandbox tests that need the provider's tokens without the
 * console: openid-client with PKCE, state and nonce, and the test browser in place of the person.
 */
import * as oidc from 'openid-client';
import { CONSOLE_CLIENT_ID } from '../create-identity-provider';
import type { TestBrowser, TestCredentials } from './create-test-browser';

/** What the provider answered, and the configuration to refresh or revoke with. */
export interface CodeFlowTokens {
  readonly config: oidc.Configuration;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly idToken: string;
}

/** Discovers the issuer (plain http is allowed: it is on loopback). */
export function discoverSandboxProvider(issuer: string): Promise<oidc.Configuration> {
  return oidc.discovery(new URL(issuer), CONSOLE_CLIENT_ID, undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
}

/** Signs in as `credentials` and exchanges the code; rejects when the provider did not redirect back. */
export async function signInWithCodeFlow(issuer: string, browser: TestBrowser, credentials: TestCredentials): Promise<CodeFlowTokens> {
  const config = await discoverSandboxProvider(issuer);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: 'http://127.0.0.1:9/callback', scope: 'openid profile offline_access', state, nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const visit = await browser.visit(url.href, credentials);
  const tokens = await oidc.authorizationCodeGrant(config, new URL(visit.finalUrl), { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
  if (!tokens.refresh_token || !tokens.id_token) throw new Error('The provider issued no refresh token or ID token.');
  return { config, accessToken: tokens.access_token, refreshToken: tokens.refresh_token, idToken: tokens.id_token };
}
