/**
 * The provider's one ES256 signing key, made on first use and kept in the sandbox database, so ID and
 * access tokens issued before a restart still verify after it. The private half never leaves the file
 * and this process; the backend and the console only ever see the public JWK.
 */
import { createHash, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import type { SandboxDatabase } from '../database/open-database';

/** A key pair as JWKs with its key id; `publicJwk` is what the JWKS endpoint serves. */
export interface SigningKey {
  readonly kid: string;
  readonly privateJwk: JsonWebKey;
  readonly publicJwk: JsonWebKey;
}

/** RFC 7638 thumbprint of an EC public key: a key id that names exactly this key. */
function thumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

function toSigningKey(kid: string, privateJwk: JsonWebKey): SigningKey {
  const { d: _private, ...publicPart } = privateJwk;
  return { kid, privateJwk: { ...privateJwk, kid, alg: 'ES256', use: 'sig' }, publicJwk: { ...publicPart, kid, alg: 'ES256', use: 'sig' } };
}

/** Loads the newest key, or makes and stores one; the database must be migrated to the identity step. */
export function loadSigningKey(db: SandboxDatabase, now: () => Date = () => new Date()): SigningKey {
  const read = () => db.prepare<[], { kid: string; privateJwk: string }>('SELECT kid, private_jwk AS privateJwk FROM identity_keys ORDER BY created_at_ms DESC LIMIT 1').get();
  const stored = read();
  if (stored) return toSigningKey(stored.kid, JSON.parse(stored.privateJwk) as JsonWebKey);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privateJwk = privateKey.export({ format: 'jwk' });
  const kid = thumbprint(privateJwk);
  // Two sandboxes starting on one file at once: the first key written wins, both use it.
  db.prepare('INSERT OR IGNORE INTO identity_keys (kid, private_jwk, created_at_ms) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM identity_keys)').run(kid, JSON.stringify(privateJwk), now().getTime());
  const winner = read();
  if (!winner) throw new Error('The identity provider could not store its signing key.');
  return toSigningKey(winner.kid, JSON.parse(winner.privateJwk) as JsonWebKey);
}
