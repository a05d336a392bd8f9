/**
 * The backend's denylist of signed-out access tokens: a JWT stays valid by its signature until it
 * expires, so sign-out records its `jti` until then. Rows past their expiry are swept at the next
 * revocation; a revoked token is refused in every sandbox serving the file and after restarts.
 */
import type { SandboxDatabase } from '../database/open-database';

/** Prepared statements over revoked_access_tokens. */
export interface RevokedTokenRepository {
  isRevoked(jti: string): boolean;
  /** Records the jti; false when it was revoked already. */
  add(jti: string, expiresAtMs: number, nowMs: number): boolean;
}

/** Prepares the statements once; the database must be migrated to the identity step. */
export function createRevokedTokenRepository(db: SandboxDatabase): RevokedTokenRepository {
  const find = db.prepare<[string], number>('SELECT 1 FROM revoked_access_tokens WHERE jti = ?').pluck();
  const insert = db.prepare<[string, number]>('INSERT OR IGNORE INTO revoked_access_tokens (jti, expires_at_ms) VALUES (?, ?)');
  const sweep = db.prepare<[number]>('DELETE FROM revoked_access_tokens WHERE expires_at_ms <= ?');
  return {
    isRevoked: (jti) => find.get(jti) !== undefined,
    add(jti, expiresAtMs, nowMs) {
      // A minute past expiry, beyond any clock tolerance the verifier allows.
      sweep.run(nowMs - 60_000);
      return insert.run(jti, expiresAtMs).changes > 0;
    },
  };
}
