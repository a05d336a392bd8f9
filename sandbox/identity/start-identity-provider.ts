/**
 * Serves the sandbox's OpenID provider on a loopback port of its own: the provider's endpoints
 * (discovery, authorize, token, JWKS, revocation, end session) and our interaction pages. The issuer is
 * `http://127.0.0.1:<port>`, so the port is taken first and the provider built for it.
 */
import type { JsonWebKey } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxDatabase } from '../database/open-database';
import { createSignInThrottle } from '../server/create-sign-in-throttle';
import { SANDBOX_USERS, type SandboxUser } from '../server/sandbox-users';
import { BACKEND_AUDIENCE } from './backend-audience';
import { createAccessTokenVerifier, type AccessTokenVerifier } from './create-access-token-verifier';
import { createIdentityProvider } from './create-identity-provider';
import { createInteractionHandler } from './create-interaction-handler';
import { renderErrorPage } from './identity-pages';
import { loadSigningKey } from './load-signing-key';

/** Where and how to serve; the database is the sandbox's, open and migrated. */
export interface IdentityProviderOptions {
  readonly db: SandboxDatabase;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly users?: readonly SandboxUser[];
  /** Access-token lifetime in seconds; default 300. Tests shorten it to see refreshes. */
  readonly accessTokenTtlSeconds?: number;
  /** The backend's clock, for the verifier it hands out; sign-in throttling uses it too. */
  readonly now?: () => Date;
  /** Told of the provider's own failures (never a token or a password: oidc-provider's error names only). */
  readonly onError?: (message: string) => void;
}

/** A serving provider and what the backend needs to accept its tokens. */
export interface RunningIdentityProvider {
  readonly issuer: string;
  readonly audience: string;
  readonly publicKeys: readonly JsonWebKey[];
  /** A verifier for the backend (signature, issuer, audience, expiry). */
  readonly verifier: AccessTokenVerifier;
  close(): Promise<void>;
}

/** Listens, then builds the provider for the issuer URL that port gives. */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const now = options.now ?? (() => new Date());
  const users = options.users ?? SANDBOX_USERS;
  const key = loadSigningKey(options.db, now);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const issuer = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const provider = await createIdentityProvider({ issuer, db: options.db, key, users, ...(options.accessTokenTtlSeconds ? { accessTokenTtlSeconds: options.accessTokenTtlSeconds } : {}) });
  provider.on('server_error', (_ctx, error) => options.onError?.(`identity provider error: ${error instanceof Error ? error.name : 'unknown'}`));
  const interactions = createInteractionHandler(provider, { users, throttle: createSignInThrottle(now) });
  const serveProvider = provider.callback();
  server.on('request', (request, response) => {
    interactions(request, response)
      .then((isHandled) => {
        if (!isHandled) serveProvider(request, response);
      })
      .catch(() => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/html; charset=utf-8' }).end(renderErrorPage('The sandbox identity provider failed. Try again.'));
      });
  });
  const publicKeys = [key.publicJwk];
  return {
    issuer,
    audience: BACKEND_AUDIENCE,
    publicKeys,
    verifier: createAccessTokenVerifier({ issuer, audience: BACKEND_AUDIENCE, keys: () => publicKeys, now }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
