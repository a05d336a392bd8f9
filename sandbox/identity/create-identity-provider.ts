/**
 * The sandbox's OpenID provider (oidc-provider): the sandbox users with their role and client
 * assignments as claims, and one client, the console — public and native (RFC 8252: loopback redirect
 * on any port, PKCE S256 required, no secret), with refresh tokens, JWT access tokens for the backend
 * (RFC 9068, audience BACKEND_AUDIENCE), revocation and RP-initiated logout. Its state and signing key
 * live in the sandbox database, so a restart signs no one out.
 */
import { hkdfSync } from 'node:crypto';
import type { SandboxDatabase } from '../database/open-database';
import { SESSION_TTL_MS } from '../server/create-session-store';
import type { SandboxUser } from '../server/sandbox-users';
import { BACKEND_AUDIENCE } from './backend-audience';
import { createProviderAdapter } from './create-provider-adapter';
import { IDENTITY_PAGE_CSP, renderErrorPage, renderSignedOutPage, renderSignOutPage } from './identity-pages';
import type { SigningKey } from './load-signing-key';
import { loadOidcProvider } from './load-oidc-provider';
import type { OidcProvider } from './oidc-provider-types';

/** The console's client id at the sandbox provider (the policy default, identity.clientId). */
export const CONSOLE_CLIENT_ID = 'rep-console';

/** What the provider is built from; lifetimes are in seconds. */
export interface IdentityProviderConfig {
  readonly issuer: string;
  readonly db: SandboxDatabase;
  readonly key: SigningKey;
  readonly users: readonly SandboxUser[];
  /** Access-token lifetime; default 300 (5 minutes: the console refreshes before it ends). */
  readonly accessTokenTtlSeconds?: number;
}

/** Koa's context, as far as the page renderers use it. */
interface PageContext {
  type: string;
  body: string;
}

const SHIFT_SECONDS = SESSION_TTL_MS / 1000;

/** Builds the provider (not yet serving: start-identity-provider.ts routes requests to it). */
export async function createIdentityProvider(config: IdentityProviderConfig): Promise<OidcProvider> {
  const Provider = await loadOidcProvider();
  const { users, key } = config;
  const find = (id: string) => users.find((u) => u.user.id === id)?.user;
  const claimsOf = (id: string) => {
    const user = find(id);
    return user ? { sub: user.id, name: user.displayName, preferred_username: user.id, role: user.role, client_ids: user.clientIds ?? [] } : undefined;
  };
  const accessTokenTtl = config.accessTokenTtlSeconds ?? 300;
  const provider = new Provider(config.issuer, {
    adapter: createProviderAdapter(config.db),
    clients: [{
      client_id: CONSOLE_CLIENT_ID, client_name: 'Rep Console', application_type: 'native', token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback'], post_logout_redirect_uris: ['http://127.0.0.1/signed-out'],
      grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], id_token_signed_response_alg: 'ES256',
    }],
    jwks: { keys: [key.privateJwk] },
    // Cookie signing keys derived from the signing key: stable per database, so browser sessions survive a restart.
    cookies: { keys: [Buffer.from(hkdfSync('sha256', String(key.privateJwk.d), 'rep-console sandbox', 'cookie keys', 32)).toString('base64url')] },
    pkce: { required: () => true },
    responseTypes: ['code'],
    // No browser script talks to this provider (the console is native): no cross-origin reads at all.
    clientBasedCORS: () => false,
    scopes: ['openid', 'profile', 'offline_access'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'role', 'client_ids'] },
    // The user's claims go in the ID token itself (the console reads role and clients from it, not from userinfo).
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, id: string) => (find(id) ? { accountId: id, claims: () => claimsOf(id) } : undefined),
    extraTokenClaims: (_ctx: unknown, token: { accountId?: string }) => {
      const claims = token.accountId ? claimsOf(token.accountId) : undefined;
      return claims ? { name: claims.name, role: claims.role, client_ids: claims.client_ids } : undefined;
    },
    // OpenID Connect drops offline_access unless prompt=consent; the console never forces a consent screen, so the
    // sandbox issues the console a refresh token regardless — one that ends with the provider session (sign-out there).
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: { AccessToken: accessTokenTtl, IdToken: accessTokenTtl, AuthorizationCode: 60, Interaction: 600, RefreshToken: SHIFT_SECONDS, Session: SHIFT_SECONDS, Grant: SHIFT_SECONDS },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true, allowedPolicy: (_ctx: unknown, client: { clientId: string }, token: { clientId?: string }) => token.clientId === client.clientId },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: PageContext, form: string) => void Object.assign(ctx, { type: 'html', body: renderSignOutPage(form) }),
        postLogoutSuccessSource: (ctx: PageContext) => void Object.assign(ctx, { type: 'html', body: renderSignedOutPage() }),
      },
      resourceIndicators: {
        enabled: true,
        // The console sends no resource parameter (many company IdPs reject one): the backend is the default.
        defaultResource: () => BACKEND_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: '', audience: BACKEND_AUDIENCE, accessTokenTTL: accessTokenTtl, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } }),
      },
    },
    renderError: (ctx: PageContext, out: { error_description?: string }) => void Object.assign(ctx, { type: 'html', body: renderErrorPage(out.error_description ?? 'The sign-in request is not valid.') }),
  });
  provider.use(async (ctx, next) => {
    ctx.set('content-security-policy', IDENTITY_PAGE_CSP);
    await next();
  });
  return provider;
}
