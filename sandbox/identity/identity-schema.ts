/**
 * The sandbox OpenID provider's tables (a seed-neutral migration step): its signing keys, so tokens
 * survive a restart; its store (grants, sessions, refresh tokens), keyed by a SHA-256 digest of each id
 * so the file holds no usable bearer value; and the backend's denylist of signed-out access tokens.
 */

/** The migration's SQL, appended to sandbox/database/migrations.ts. */
export const IDENTITY_SCHEMA_SQL = `
CREATE TABLE identity_keys (
  kid TEXT PRIMARY KEY, private_jwk TEXT NOT NULL, created_at_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE identity_store (
  model TEXT NOT NULL, id_digest BLOB NOT NULL CHECK (length(id_digest) = 32), payload TEXT NOT NULL,
  grant_id TEXT, uid TEXT, expires_at_ms INTEGER, PRIMARY KEY (model, id_digest)
) WITHOUT ROWID;
CREATE INDEX identity_store_by_grant ON identity_store (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX identity_store_by_uid ON identity_store (model, uid) WHERE uid IS NOT NULL;
CREATE INDEX identity_store_by_expiry ON identity_store (expires_at_ms) WHERE expires_at_ms IS NOT NULL;
CREATE TABLE revoked_access_tokens (
  jti TEXT PRIMARY KEY, expires_at_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX revoked_access_tokens_by_expiry ON revoked_access_tokens (expires_at_ms);
`;
