/** A deterministic spread of member IDs from a seeded sandbox database, for load and latency runs. */
import Database from 'better-sqlite3';

/** Every k-th member in seed order, so runs compare like with like. */
export function pickMemberIds(dbPath: string, count: number): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const total = (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
    const step = Math.max(1, Math.floor(total / count));
    return (db.prepare('SELECT member_id FROM members WHERE member_key % ? = 0 ORDER BY member_key LIMIT ?').all(step, count) as { member_id: string }[]).map((r) => r.member_id);
  } finally {
    db.close();
  }
}
