/**
 * Sign-in sessions in the sandbox database, so a restart signs no one out and a revocation holds in
 * every sandbox serving the same file. Rows are keyed by the token's SHA-256 digest; the token itself
 * is never written anywhere.
 */
import type { SandboxDatabase } from './open-database';

/** One stored session, as the session store reads it. */
export interface StoredSession {
  readonly userId: string;
  readonly expiresAtMs: number;
  readonly revokedAtMs: number | null;
}

/** Prepared statements over the sessions table; digests are 32-byte SHA-256 values. */
export interface SessionRepository {
  insert(tokenDigest: Buffer, userId: string, expiresAtMs: number): void;
  find(tokenDigest: Buffer): StoredSession | null;
  /** Marks the session revoked; false when there is no such session or it was revoked already. */
  revoke(tokenDigest: Buffer, revokedAtMs: number): boolean;
  /** Deletes every session past its expiry, revoked or not; returns how many. */
  sweepExpired(nowMs: number): number;
}

/** Prepares the statements once; the database must be migrated to the sessions step. */
export function createSessionRepository(db: SandboxDatabase): SessionRepository {
  const insert = db.prepare<[Buffer, string, number]>('INSERT INTO sessions (token_digest, user_id, expires_at_ms) VALUES (?, ?, ?)');
  const find = db.prepare<[Buffer], StoredSession>(
    'SELECT user_id AS userId, expires_at_ms AS expiresAtMs, revoked_at_ms AS revokedAtMs FROM sessions WHERE token_digest = ?',
  );
  const revoke = db.prepare<[number, Buffer]>('UPDATE sessions SET revoked_at_ms = ? WHERE token_digest = ? AND revoked_at_ms IS NULL');
  const sweep = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at_ms <= ?');
  return {
    insert: (tokenDigest, userId, expiresAtMs) => void insert.run(tokenDigest, userId, expiresAtMs),
    find: (tokenDigest) => find.get(tokenDigest) ?? null,
    revoke: (tokenDigest, revokedAtMs) => revoke.run(revokedAtMs, tokenDigest).changes > 0,
    sweepExpired: (nowMs) => sweep.run(nowMs).changes,
  };
}
