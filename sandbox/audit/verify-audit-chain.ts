/**
 * Walks the audit trail oldest first and checks every link: each entry's hash is the hash of what it
 * holds (else it was edited, or moved to another seq), seq runs 1, 2, 3… without a gap (else entries
 * were removed), and each entry names the hash of the one before (else one was removed and the rest
 * renumbered, or the chain was rebuilt from the middle). Then that the append-only triggers are in place.
 *
 * Removing the newest entries leaves a shorter chain that still verifies: IT keeps the head (seq and
 * hash) this reports, and a later head must extend it.
 */
import type { SandboxDatabase } from '../database/open-database';
import { GENESIS_HASH, hashAuditEntry, type AuditRow } from './hash-audit-entry';

/** The newest entry: what a later check must still find. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** The chain's verdict: intact with its length and head, or the first bad entry and what is wrong with it. */
export type AuditChainReport =
  | { readonly isIntact: true; readonly count: number; readonly head: AuditHead | null }
  | { readonly isIntact: false; readonly count: number; readonly seq: number | null; readonly problem: 'edited' | 'gap' | 'unlinked' | 'unprotected'; readonly message: string };

const TRIGGERS = ['audit_entries_no_update', 'audit_entries_no_delete'];

/** Checks the whole chain in `db` (opened read-only is enough). */
export function verifyAuditChain(db: SandboxDatabase): AuditChainReport {
  let count = 0;
  let previous: AuditHead | null = null;
  for (const row of db.prepare<[], AuditRow & { hash: string }>('SELECT * FROM audit_entries ORDER BY seq').iterate()) {
    const expectedSeq: number = (previous?.seq ?? 0) + 1;
    if (hashAuditEntry(row) !== row.hash) {
      return { isIntact: false, count, seq: row.seq, problem: 'edited', message: `Entry ${row.seq} does not match its hash: it was changed after it was written, or moved from another position.` };
    }
    if (row.seq !== expectedSeq) {
      const missing = row.seq - expectedSeq === 1 ? `entry ${expectedSeq} is` : `entries ${expectedSeq}–${row.seq - 1} are`;
      return { isIntact: false, count, seq: expectedSeq, problem: 'gap', message: `The chain has a gap before entry ${row.seq}: ${missing} missing (removed).` };
    }
    if (row.prev_hash !== (previous?.hash ?? GENESIS_HASH)) {
      return { isIntact: false, count, seq: row.seq, problem: 'unlinked', message: `Entry ${row.seq} does not link to the entry before it: entries were removed and renumbered, or the chain was rewritten from there.` };
    }
    previous = { seq: row.seq, hash: row.hash };
    count += 1;
  }
  const present = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entries'").all().map((t) => t.name));
  const gone = TRIGGERS.filter((name) => !present.has(name));
  if (gone.length > 0) {
    return { isIntact: false, count, seq: null, problem: 'unprotected', message: `The entries verify, but the triggers that keep the trail append-only were removed (${gone.join(', ')}): someone changed the database file directly.` };
  }
  return { isIntact: true, count, head: previous };
}
