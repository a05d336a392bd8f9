/**
 * The audit trail's table (a sandbox migration step): append-only by trigger, and chained by hash so a
 * tamperer who drops the triggers or edits the file directly is still caught by `npm run audit:check`.
 * seq is assigned by the writer as the last seq + 1 (never AUTOINCREMENT): a gap then means a removal.
 */
export const AUDIT_SCHEMA_SQL = `
CREATE TABLE audit_entries (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id TEXT NOT NULL, user_name TEXT, role TEXT,
  action TEXT NOT NULL, action_name TEXT NOT NULL, member_id TEXT, client_id TEXT, outcome TEXT NOT NULL,
  confirmation_number TEXT, authority TEXT, idempotency_key TEXT, result_count INTEGER, detail TEXT,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX audit_entries_by_member ON audit_entries (member_id, seq);
CREATE INDEX audit_entries_by_user ON audit_entries (user_id, seq);
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be changed.'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be removed.'); END;
`;
