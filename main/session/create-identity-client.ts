/**
 * The console's OpenID Connect client (openid-client does the protocol): the authorization code flow
 * with PKCE S256, state and nonce, in the system browser with a loopback redirect (RFC 8252); refresh;
 * revocation; and the provider's sign-out URL. Plain http is accepted only for a provider on this
 * machine (the sandbox); policy already refuses any other http issuer.
 */
import * as oidc from 'openid-client';
import type { User } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';
import { listenForRedirect } from './listen-for-redirect';
import { readProviderUser } from './read-provider-user';

/** What the provider handed over; the access token stays in memory, in main. */
export interface ProviderTokens {
  readonly accessToken: string;
  readonly expiresAt: number;
  readonly lifetimeMs: number;
  /** Null when a refresh did not rotate it (keep the one you have). */
  readonly refreshToken: string | null;
  readonly idToken: string | null;
  /** Null on a refresh that carried no ID token. */
  readonly user: User | null;
}

/** One provider, one client id. */
export interface IdentityClient {
  readonly issuer: string;
  readonly clientId: string;
  /** Opens the provider in the browser and waits for the redirect; `isPasswordRequired` asks it to sign the person in again. */
  signIn(options: { readonly signal: AbortSignal; readonly isPasswordRequired?: boolean }): Promise<ProviderTokens>;
  /** Rejects NOT_SIGNED_IN when the provider refused (revoked, expired), SIGN_IN_FAILED when it could not be reached. */
  refresh(refreshToken: string): Promise<ProviderTokens>;
  revoke(refreshToken: string): Promise<void>;
  /** The provider's sign-out page for this session, or null when it has none. */
  endSessionUrl(idToken: string | null): Promise<string | null>;
}

/** The policy's identity settings, the host's way to open the browser, and test overrides. */
export interface IdentityClientOptions {
  readonly issuer: string;
  readonly clientId: string;
  readonly extraScopes: readonly string[];
  readonly redirectPort: number;
  readonly openExternal: (url: string) => void | Promise<void>;
  /** How long the rep has to finish in the browser; default 5 minutes. */
  readonly signInTimeoutMs?: number;
  readonly now?: () => number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const isLoopbackHttp = (url: URL) => url.protocol === 'http:' && LOOPBACK.has(url.hostname);
/**
 * Every request to the provider (discovery, code exchange, refresh, revocation) gives up after this:
 * start-up waits for the silent sign-in, and sign-out for the revocation.
 */
const REQUEST_TIMEOUT_SECONDS = 5;
const UNREACHABLE = "Rep Console can't reach your company account right now. Check the network and try again.";
/**
 * How recent a re-authentication's sign-in must be (its ID token's auth_time, checked by openid-client).
 * Not 0: a provider takes max_age=0 literally and asks again forever; prompt=login is what forces the password.
 */
const FRESH_LOGIN_SECONDS = 300;
/** Access tokens without expires_in are assumed short: the console refreshes rather than trust one too long. */
const DEFAULT_LIFETIME_MS = 5 * 60_000;

function toProviderTokens(response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers, now: number): ProviderTokens {
  const lifetimeMs = (response.expiresIn() ?? DEFAULT_LIFETIME_MS / 1000) * 1000;
  const claims = response.claims();
  return {
    accessToken: response.access_token, expiresAt: now + lifetimeMs, lifetimeMs,
    refreshToken: response.refresh_token ?? null, idToken: response.id_token ?? null,
    user: claims ? readProviderUser(claims) : null,
  };
}

/** A provider refusal (4xx with an OAuth error) ends a session; anything else may pass. */
function toFailure(error: unknown, refusedMessage: string): AppFailure {
  if (error instanceof AppFailure) return error;
  if (error instanceof oidc.ResponseBodyError && error.status < 500) return new AppFailure('NOT_SIGNED_IN', refusedMessage);
  if (error instanceof oidc.AuthorizationResponseError) return new AppFailure('SIGN_IN_FAILED', 'Your company account refused the sign-in. Try again, or tell IT if it keeps happening.');
  return new AppFailure('SIGN_IN_FAILED', UNREACHABLE);
}

/** Creates the client; discovery happens on first use and again after a failure. */
export function createIdentityClient(options: IdentityClientOptions): IdentityClient {
  const now = options.now ?? Date.now;
  const issuerUrl = new URL(options.issuer);
  const scope = ['openid', 'profile', 'offline_access', ...options.extraScopes].join(' ');
  let discovered: Promise<oidc.Configuration> | null = null;
  const discover = () => {
    discovered ??= oidc.discovery(issuerUrl, options.clientId, undefined, oidc.None(), { execute: isLoopbackHttp(issuerUrl) ? [oidc.allowInsecureRequests] : [], timeout: REQUEST_TIMEOUT_SECONDS }).catch((error: unknown) => {
      discovered = null;
      throw toFailure(error, UNREACHABLE);
    });
    return discovered;
  };

  return {
    issuer: options.issuer,
    clientId: options.clientId,
    async signIn({ signal, isPasswordRequired = false }) {
      const config = await discover();
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const receiver = await listenForRedirect({ port: options.redirectPort, expectedState: state, timeoutMs: options.signInTimeoutMs ?? 5 * 60_000, signal });
      try {
        const url = oidc.buildAuthorizationUrl(config, {
          redirect_uri: receiver.redirectUri, scope, state, nonce, code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
          // Unlocking: the person at the desk proves again who they are, even if the browser is still signed in.
          ...(isPasswordRequired ? { prompt: 'login', max_age: String(FRESH_LOGIN_SECONDS) } : {}),
        });
        if (url.protocol !== 'https:' && !isLoopbackHttp(url)) throw new AppFailure('SIGN_IN_FAILED', 'Your company account gave a sign-in address that is not https. Tell IT.');
        await options.openExternal(url.href);
        const callback = await receiver.redirect;
        const response = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true, ...(isPasswordRequired ? { maxAge: FRESH_LOGIN_SECONDS } : {}) });
        return toProviderTokens(response, now());
      } catch (error) {
        throw toFailure(error, 'Your company account refused the sign-in. Try again, or tell IT if it keeps happening.');
      } finally {
        receiver.close();
      }
    },
    async refresh(refreshToken) {
      try {
        return toProviderTokens(await oidc.refreshTokenGrant(await discover(), refreshToken), now());
      } catch (error) {
        throw toFailure(error, 'Your sign-in has ended: it expired or was signed out elsewhere. Sign in again.');
      }
    },
    async revoke(refreshToken) {
      const config = await discover();
      if (config.serverMetadata().revocation_endpoint) await oidc.tokenRevocation(config, refreshToken, { token_type_hint: 'refresh_token' });
    },
    async endSessionUrl(idToken) {
      const config = await discover();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, { client_id: options.clientId, ...(idToken ? { id_token_hint: idToken } : {}) }).href;
    },
  };
}
