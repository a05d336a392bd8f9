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

/** One payment the sandbox posted for the member. */
export interface StoredPayment {
  confirmation_number: string;
  amount_cents: number;
  source: string;
  status: string;
  method_id: string | null;
}

/** The member's payments, in the order they were posted. */
export function paymentsFor(dbPath: string, memberId: string): StoredPayment[] {
  return query<StoredPayment>(
    dbPath,
    'SELECT p.confirmation_number, p.amount_cents, p.source, p.status, p.method_id FROM payments p JOIN members m ON m.member_key = p.member_key WHERE m.member_id = ? ORDER BY p.seq',
    memberId,
  );
}

/** The member's saved payment methods as the backend keeps them: a token and the masked facts, never digits. */
export function paymentMethodsFor(dbPath: string, memberId: string): { id: string; kind: string; brand: string; last4: string; is_default: number; token: string | null }[] {
  return query(dbPath, 'SELECT pm.id, pm.kind, pm.brand, pm.last4, pm.is_default, pm.token FROM payment_methods pm JOIN members m ON m.member_key = pm.member_key WHERE m.member_id = ? ORDER BY pm.seq', memberId);
}

/** The member's autopay enrolment (nulls when not enrolled). */
export function autopayFor(dbPath: string, memberId: string): { method_id: string | null; day: number | null } {
  return query<{ method_id: string | null; day: number | null }>(dbPath, 'SELECT autopay_method_id AS method_id, autopay_day AS day FROM members WHERE member_id = ?', memberId)[0]!;
}

/** The member's refunds and transfers, in the order they were requested. */
export function refundsFor(dbPath: string, memberId: string): { kind: string; amount_cents: number; status: string; destination: string; confirmation_number: string }[] {
  return query(dbPath, 'SELECT r.kind, r.amount_cents, r.status, r.destination, r.confirmation_number FROM refunds r JOIN members m ON m.member_key = r.member_key WHERE m.member_id = ? ORDER BY r.seq', memberId);
}

/** Refunds waiting for (or decided by) a team lead, for the member. */
export function refundApprovalsFor(dbPath: string, memberId: string): { status: string; amount_cents: number | null; refund_kind: string | null; confirmation_number: string }[] {
  return query(dbPath, "SELECT a.status, a.amount_cents, a.refund_kind, a.confirmation_number FROM approvals a JOIN members m ON m.member_key = a.member_key WHERE m.member_id = ? AND a.kind = 'refund'", memberId);
}

/** What the member would answer to be verified, read from the record: full name, date of birth (M/D/YYYY), member ID. */
export function verificationAnswersFor(dbPath: string, memberId: string): { fullName: string; dateOfBirth: string; memberId: string } {
  const [row] = query<{ first_name: string; last_name: string; date_of_birth: string }>(dbPath, 'SELECT first_name, last_name, date_of_birth FROM members WHERE member_id = ?', memberId);
  if (!row) throw new Error(`No member ${memberId} in the sandbox database.`);
  const [year, month, day] = row.date_of_birth.split('-');
  return { fullName: `${row.first_name} ${row.last_name}`, dateOfBirth: `${Number(month)}/${Number(day)}/${year}`, memberId };
}
