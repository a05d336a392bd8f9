/** Every SQL statement the member cache runs, prepared once: preparing per call would dominate `get`. */
import type Database from 'better-sqlite3';

interface ProfileRow {
  readonly id: number;
  readonly fetched_at: number;
  readonly last_opened_at: number;
  readonly body: Buffer;
}

interface SummaryRow {
  readonly id: number;
  readonly row_key: Buffer;
  readonly fetched_at: number;
  readonly last_opened_at: number;
  readonly summary: Buffer;
}

interface EntryValues {
  readonly repId: string;
  readonly rowKey: Buffer;
  readonly fetchedAt: number;
  readonly openedAt: number;
  readonly summary: Buffer;
}

/** Prepares the statements against a migrated cache database. */
export function prepareMemberEntryStatements(db: Database.Database) {
  return {
    upsertEntry: db.prepare<[EntryValues], { id: number }>(`
      INSERT INTO member_entry (rep_id, row_key, fetched_at, last_opened_at, summary)
      VALUES (@repId, @rowKey, @fetchedAt, @openedAt, @summary)
      ON CONFLICT (rep_id, row_key) DO UPDATE SET
        fetched_at = excluded.fetched_at, last_opened_at = excluded.last_opened_at, summary = excluded.summary
      RETURNING id`),
    upsertProfile: db.prepare<[number, Buffer]>(`
      INSERT INTO member_profile (entry_id, body) VALUES (?, ?)
      ON CONFLICT (entry_id) DO UPDATE SET body = excluded.body`),
    selectProfile: db.prepare<[string, Buffer], ProfileRow>(`
      SELECT e.id, e.fetched_at, e.last_opened_at, p.body
      FROM member_entry e JOIN member_profile p ON p.entry_id = e.id
      WHERE e.rep_id = ? AND e.row_key = ?`),
    selectRecent: db.prepare<[string, number, number], SummaryRow>(`
      SELECT id, row_key, fetched_at, last_opened_at, summary FROM member_entry
      WHERE rep_id = ? AND fetched_at >= ?
      ORDER BY last_opened_at DESC, id DESC LIMIT ?`),
    touch: db.prepare<[number, number]>('UPDATE member_entry SET last_opened_at = ? WHERE id = ?'),
    deleteEntry: db.prepare<[number]>('DELETE FROM member_entry WHERE id = ?'),
    deleteFetchedBefore: db.prepare<[number]>('DELETE FROM member_entry WHERE fetched_at < ?'),
    deleteRep: db.prepare<[string]>('DELETE FROM member_entry WHERE rep_id = ?'),
    deleteAll: db.prepare('DELETE FROM member_entry'),
    countRep: db.prepare<[string], { entries: number }>('SELECT entries FROM rep_entry_count WHERE rep_id = ?'),
    countAll: db.prepare<[], { entries: number }>('SELECT COALESCE(SUM(entries), 0) AS entries FROM rep_entry_count'),
    deleteOldestOfRep: db.prepare<[string, number]>(`
      DELETE FROM member_entry WHERE id IN (
        SELECT id FROM member_entry WHERE rep_id = ? ORDER BY last_opened_at, id LIMIT ?)`),
    deleteOldest: db.prepare<[number]>(`
      DELETE FROM member_entry WHERE id IN (
        SELECT id FROM member_entry ORDER BY last_opened_at, id LIMIT ?)`),
    readMeta: db.prepare<[string], { value: string }>('SELECT value FROM cache_meta WHERE name = ?'),
    writeMeta: db.prepare<[string, string]>(`
      INSERT INTO cache_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value`),
    deleteMeta: db.prepare<[string]>('DELETE FROM cache_meta WHERE name = ?'),
  };
}

/** The prepared statements, typed by what each binds and returns. */
export type MemberEntryStatements = ReturnType<typeof prepareMemberEntryStatements>;
