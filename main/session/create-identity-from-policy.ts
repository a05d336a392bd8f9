/** The identity client policy asks for (`identity.*`), or null: no provider, so password sign-in (the sandbox's fallback). */
import type { Config } from '../policy/config-schema';
import { createIdentityClient, type IdentityClient } from './create-identity-client';

/** Builds the client for `identity.issuerUrl`; nothing is fetched until the first sign-in. */
export function createIdentityFromPolicy(identity: Config['identity'], openExternal: (url: string) => void | Promise<void>): IdentityClient | null {
  if (identity.issuerUrl === null) return null;
  return createIdentityClient({ issuer: identity.issuerUrl, clientId: identity.clientId, extraScopes: identity.extraScopes, redirectPort: identity.redirectPort, openExternal });
}
