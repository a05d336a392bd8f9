/**
 * The cache schema as numbered steps, so every install reaches the same shape whatever version it
 * started from. Append only: never edit a shipped step, add the next number instead.
 */

/** One schema step; `version` is what `PRAGMA user_version` reads once it has run. */
export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/** Every schema step in order; the last version is the schema this build reads and writes. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    // Only the rep ID (a console user name, not PHI) and timestamps are in clear; the member ID is an
    // HMAC and both payloads are AES-GCM blobs. The profile sits in its own table because SQLite
    // rewrites a whole row on UPDATE: every "opened" touch would otherwise rewrite kilobytes.
    // Entry counts are kept by triggers so eviction never has to count a 50,000-row partition.
    sql: `
      CREATE TABLE member_entry (
        id INTEGER PRIMARY KEY,
        rep_id TEXT NOT NULL,
        row_key BLOB NOT NULL,
        fetched_at INTEGER NOT NULL,
        last_opened_at INTEGER NOT NULL,
        summary BLOB NOT NULL,
        UNIQUE (rep_id, row_key)
      );
      CREATE INDEX member_entry_by_rep_opened ON member_entry (rep_id, last_opened_at);
      CREATE INDEX member_entry_by_opened ON member_entry (last_opened_at);
      CREATE INDEX member_entry_by_fetched ON member_entry (fetched_at);

      CREATE TABLE member_profile (
        entry_id INTEGER PRIMARY KEY,
        body BLOB NOT NULL
      );

      CREATE TABLE rep_entry_count (
        rep_id TEXT PRIMARY KEY,
        entries INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE cache_meta (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TRIGGER member_entry_inserted AFTER INSERT ON member_entry BEGIN
        INSERT INTO rep_entry_count (rep_id, entries) VALUES (NEW.rep_id, 1)
          ON CONFLICT (rep_id) DO UPDATE SET entries = entries + 1;
      END;

      CREATE TRIGGER member_entry_deleted AFTER DELETE ON member_entry BEGIN
        DELETE FROM member_profile WHERE entry_id = OLD.id;
        UPDATE rep_entry_count SET entries = entries - 1 WHERE rep_id = OLD.rep_id;
        DELETE FROM rep_entry_count WHERE rep_id = OLD.rep_id AND entries <= 0;
      END;
    `,
  },
];
