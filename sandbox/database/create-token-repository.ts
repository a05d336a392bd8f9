/**
 * Processor tokens in the sandbox database. The processor stand-in writes them and the backend reads
 * them when a method is saved and charged — a shortcut for the sandbox: a real payer backend would ask
 * its processor server to server. A row holds only what a processor may show (kind, brand, last four,
 * expiry) and the test number's behaviour class; never a card or account number, never a security code.
 */
import type { SandboxDatabase } from './open-database';

/** How a charge on the token ends: the sandbox's test numbers decline for named reasons. */
export type ChargeBehaviour = 'approve' | 'insufficient_funds' | 'expired_card' | 'do_not_honor' | 'closed_account';

/** One token as stored. */
export interface StoredToken {
  readonly token: string;
  readonly kind: 'card' | 'bank';
  readonly brand: string;
  readonly last4: string;
  readonly expMonth: number | null;
  readonly expYear: number | null;
  readonly behaviour: ChargeBehaviour;
  /** When a method was saved from it; a token is saved once. */
  readonly usedAtMs: number | null;
}

/** Prepared statements over processor_tokens (migration 5). */
export interface TokenRepository {
  insert(token: Omit<StoredToken, 'usedAtMs'>, createdAtMs: number): void;
  find(token: string): StoredToken | null;
  /** Marks the token used; false when it already was (or does not exist). */
  markUsed(token: string, atMs: number): boolean;
}

/** Prepares the statements once per connection. */
export function createTokenRepository(db: SandboxDatabase): TokenRepository {
  const insert = db.prepare(`INSERT INTO processor_tokens (token, kind, brand, last4, exp_month, exp_year, behaviour, created_at_ms, used_at_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)`);
  const find = db.prepare<[string], StoredToken>(`SELECT token, kind, brand, last4, exp_month AS expMonth, exp_year AS expYear, behaviour,
    used_at_ms AS usedAtMs FROM processor_tokens WHERE token = ?`);
  const use = db.prepare<[number, string]>('UPDATE processor_tokens SET used_at_ms = ? WHERE token = ? AND used_at_ms IS NULL');
  return {
    insert(t, createdAtMs) {
      insert.run(t.token, t.kind, t.brand, t.last4, t.expMonth, t.expYear, t.behaviour, createdAtMs);
    },
    find: (token) => find.get(token) ?? null,
    markUsed: (token, atMs) => use.run(atMs, token).changes === 1,
  };
}
