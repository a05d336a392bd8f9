/**
 * Checks a bearer JWT from the sandbox's OpenID provider the way a resource server must (RFC 9068):
 * an ES256 signature by one of the provider's keys, `typ` at+jwt (so an ID token is never taken for an
 * access token), the issuer, our audience, expiry and not-before, then the user from its claims.
 *
 * Synchronous on purpose: every route and every event-stream heartbeat asks the session store who a
 * token belongs to, synchronously, and node:crypto verifies an ES256 signature in microseconds. Only
 * ES256 is accepted, so no token can pick its own algorithm ("none", or HMAC keyed with a public key).
 */
import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { UserSchema, type User } from '../../shared/domain/session';

/** A verified access token: who, and what the denylist needs to revoke it. */
export interface VerifiedAccessToken {
  readonly user: User;
  readonly jti: string;
  readonly expiresAtMs: number;
}

/** Verifies one token; null when anything about it is wrong (the caller answers 401 either way). */
export interface AccessTokenVerifier {
  verify(token: string): VerifiedAccessToken | null;
}

/** The provider's identity and keys, and the clock the backend lives by. */
export interface AccessTokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** The provider's public JWKs (its JWKS), read on each unknown key id. */
  readonly keys: () => readonly JsonWebKey[];
  readonly now?: () => Date;
  /** Clock difference tolerated between provider and backend; default 5 seconds. */
  readonly clockToleranceSeconds?: number;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;

function decodeJson(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Creates a verifier; public keys are imported once per key id. */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const now = options.now ?? (() => new Date());
  const tolerance = options.clockToleranceSeconds ?? 5;
  const imported = new Map<string, KeyObject>();
  const keyFor = (kid: string): KeyObject | null => {
    const known = imported.get(kid);
    if (known) return known;
    const jwk = options.keys().find((k) => k.kid === kid && k.kty === 'EC' && k.crv === 'P-256');
    if (!jwk) return null;
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    imported.set(kid, key);
    return key;
  };

  function checkSignature(parts: readonly string[]): Record<string, unknown> | null {
    const [head = '', body = '', signature = ''] = parts;
    if (parts.length !== 3 || !parts.every((p) => SEGMENT.test(p))) return null;
    const header = decodeJson(head);
    if (header?.alg !== 'ES256' || typeof header.kid !== 'string' || !/^(application\/)?at\+jwt$/i.test(String(header.typ))) return null;
    const key = keyFor(header.kid);
    if (!key) return null;
    const isValid = verify('sha256', Buffer.from(`${head}.${body}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
    return isValid ? decodeJson(body) : null;
  }

  return {
    verify(token) {
      const claims = checkSignature(token.split('.'));
      if (!claims) return null;
      const nowSeconds = now().getTime() / 1000;
      const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (claims.iss !== options.issuer || !audiences.includes(options.audience)) return null;
      if (typeof claims.exp !== 'number' || claims.exp + tolerance <= nowSeconds) return null;
      if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf - tolerance > nowSeconds)) return null;
      if (typeof claims.jti !== 'string' || claims.jti.length === 0 || claims.jti.length > 200) return null;
      const user = UserSchema.safeParse({ id: claims.sub, displayName: claims.name ?? claims.preferred_username ?? claims.sub, role: claims.role, clientIds: claims.client_ids });
      return user.success ? { user: user.data, jti: claims.jti, expiresAtMs: claims.exp * 1000 } : null;
    },
  };
}
