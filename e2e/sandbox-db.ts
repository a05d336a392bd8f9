/** Read-only looks into the sandbox database, so end-to-end tests check what the backend really stored. */
import Database from 'better-sqlite3';

export interface StoredEvent {
  kind: string;
  plan_year: number;
  effective_on: string | null;
  confirmation_number: string | null;
  reason_code: string | null;
  actor_id: string | null;
  authorized_by: string | null;
  note: string | null;
}

function query<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The member's participation events made by one console user (the sandbox's seeded reps have other ids). */
export function eventsBy(dbPath: string, memberId: string, userId = 'rep1'): StoredEvent[] {
  return query<StoredEvent>(
    dbPath,
    `SELECT e.kind, e.plan_year, e.effective_on, e.confirmation_number, e.reason_code, e.actor_id, e.authorized_by, e.note
     FROM participation_events e JOIN members m ON m.member_key = e.member_key
     WHERE m.member_id = ? AND e.actor_id = ? ORDER BY e.seq`,
    memberId,
    userId,
  );
}

/** When the member's Part D coverage began: the earliest an opt-in may be back-dated to. */
export function partDStart(dbPath: string, memberId: string): string {
  return query<{ on: string }>(dbPath, 'SELECT part_d_effective_on AS "on" FROM members WHERE member_id = ?', memberId)[0]!.on;
}

/** The member's participation row for a plan year. */
export function participationFor(dbPath: string, memberId: string, planYear: number): { status: string; effective_on: string | null; termination_reason: string | null } | undefined {
  return query<{ status: string; effective_on: string | null; termination_reason: string | null }>(
    dbPath,
    'SELECT p.status, p.effective_on, p.termination_reason FROM participations p JOIN members m ON m.member_key = p.member_key WHERE m.member_id = ? AND p.plan_year = ?',
    memberId,
    planYear,
  )[0];
}

/** Approvals requested for the member. */
export function approvalsFor(dbPath: string, memberId: string): { status: string; effective_on: string | null; requested_by_id: string; reason: string }[] {
  return query(dbPath, 'SELECT a.status, a.effective_on, a.requested_by_id, a.reason FROM approvals a JOIN members m ON m.member_key = a.member_key WHERE m.member_id = ?', memberId);
}

/** Every participation event and approval in the database: what a read-only screen must leave as it was. */
export function countChanges(dbPath: string): number {
  return query<{ n: number }>(dbPath, 'SELECT (SELECT count(*) FROM participation_events) + (SELECT count(*) FROM approvals) AS n')[0]!.n;
}
