/**
 * The sandbox database schema as numbered steps; a step is never edited once released, only followed
 * by a new one, so a file seeded by an older sandbox either migrates or is reseeded.
 *
 * Layout for a 100,000-member profile read in well under a millisecond of SQL: members are keyed by a
 * dense integer (`member_key`), and every per-member table is a WITHOUT ROWID table clustered on
 * (member_key, seq), so one profile is a handful of contiguous range scans. Search columns are indexed:
 * member_id and mbi (unique), phone, and (last_name_key, date_of_birth) where last_name_key is the last
 * name lower-cased with everything but letters removed — case-insensitive as the contract asks, and
 * "OBrien" still finds O'Brien.
 */

import { AUDIT_SCHEMA_SQL } from '../audit/audit-schema';
import { IDENTITY_SCHEMA_SQL } from '../identity/identity-schema';

/** One schema step, applied once in a transaction and recorded in `PRAGMA user_version`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /**
   * The step adds only tables the seed never writes (sessions, approvals), so a file seeded before it is migrated
   * in place rather than reseeded: the members in it are still exactly what its parameters describe.
   */
  readonly isSeedNeutral?: true;
}

const INITIAL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE clients (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, short_name TEXT NOT NULL,
  member_id_prefix TEXT NOT NULL UNIQUE, brand_color TEXT NOT NULL, member_services_phone TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE drugs (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE pharmacies (id INTEGER PRIMARY KEY, name TEXT NOT NULL, ncpdp_id TEXT NOT NULL);

CREATE TABLE members (
  member_key INTEGER PRIMARY KEY,
  member_id TEXT NOT NULL UNIQUE,
  mbi TEXT NOT NULL UNIQUE CHECK (length(mbi) = 11),
  client_id TEXT NOT NULL REFERENCES clients (id),
  first_name TEXT NOT NULL, middle_initial TEXT, last_name TEXT NOT NULL,
  first_name_key TEXT NOT NULL, last_name_key TEXT NOT NULL,
  date_of_birth TEXT NOT NULL, phone TEXT NOT NULL, email TEXT,
  address_line1 TEXT NOT NULL, address_line2 TEXT, city TEXT NOT NULL, state TEXT NOT NULL, zip TEXT NOT NULL,
  preferred_language TEXT NOT NULL,
  contract_id TEXT NOT NULL, pbp_id TEXT NOT NULL, plan_name TEXT NOT NULL, plan_type TEXT NOT NULL,
  part_d_effective_on TEXT NOT NULL, part_d_ends_on TEXT, lis_status TEXT NOT NULL,
  participation_status TEXT NOT NULL, participation_plan_year INTEGER NOT NULL,
  participation_effective_on TEXT, participation_ends_on TEXT, opt_in_channel TEXT,
  participation_confirmation TEXT, termination_reason TEXT,
  autopay_method_id TEXT, autopay_day INTEGER, autopay_enrolled_on TEXT
);
CREATE INDEX members_by_phone ON members (phone);
CREATE INDEX members_by_name_and_dob ON members (last_name_key, date_of_birth);

CREATE TABLE participation_events (
  member_key INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, plan_year INTEGER NOT NULL, kind TEXT NOT NULL,
  occurred_on TEXT NOT NULL, effective_on TEXT, channel TEXT, confirmation_number TEXT, reason_code TEXT, actor TEXT NOT NULL,
  PRIMARY KEY (member_key, seq)
) WITHOUT ROWID;

CREATE TABLE claims (
  member_key INTEGER NOT NULL, seq INTEGER NOT NULL, claim_number INTEGER NOT NULL, fill_date TEXT NOT NULL,
  drug_id INTEGER NOT NULL, rx_number TEXT NOT NULL, pharmacy_id INTEGER NOT NULL,
  cost_sharing_cents INTEGER NOT NULL, plan_paid_cents INTEGER NOT NULL, is_billed_by_m3p INTEGER NOT NULL,
  PRIMARY KEY (member_key, seq)
) WITHOUT ROWID;

-- PCI DSS: only the last four digits of a card or account ever reach this table.
CREATE TABLE payment_methods (
  member_key INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, brand TEXT NOT NULL,
  last4 TEXT NOT NULL CHECK (length(last4) = 4 AND last4 GLOB '[0-9][0-9][0-9][0-9]'),
  exp_month INTEGER, exp_year INTEGER, is_default INTEGER NOT NULL,
  PRIMARY KEY (member_key, seq)
) WITHOUT ROWID;

-- applies_to_* name the bill a payment paid; null for unapplied money (a duplicate, an overpayment).
CREATE TABLE payments (
  member_key INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, posted_on TEXT NOT NULL, amount_cents INTEGER NOT NULL,
  method_label TEXT NOT NULL, source TEXT NOT NULL, status TEXT NOT NULL, confirmation_number TEXT NOT NULL,
  applies_to_year INTEGER, applies_to_month INTEGER,
  PRIMARY KEY (member_key, seq)
) WITHOUT ROWID;

CREATE TABLE refunds (
  member_key INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, requested_on TEXT NOT NULL, kind TEXT NOT NULL,
  amount_cents INTEGER NOT NULL, status TEXT NOT NULL, destination TEXT NOT NULL, confirmation_number TEXT NOT NULL,
  PRIMARY KEY (member_key, seq)
) WITHOUT ROWID;

CREATE TABLE contacts (
  member_key INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, occurred_at TEXT NOT NULL, channel TEXT NOT NULL,
  direction TEXT NOT NULL, agent_name TEXT NOT NULL, reason TEXT NOT NULL, notes TEXT NOT NULL, confirmation_number TEXT,
  PRIMARY KEY (member_key, seq)
) WITHOUT ROWID;
`;

// Only a SHA-256 digest of each bearer token is kept: a copied database file signs no one in. A revoked
// row stays until it would have expired, then is swept with the expired ones.
const SESSIONS = `
CREATE TABLE sessions (
  token_digest BLOB PRIMARY KEY CHECK (length(token_digest) = 32),
  user_id TEXT NOT NULL, expires_at_ms INTEGER NOT NULL, revoked_at_ms INTEGER
) WITHOUT ROWID;
CREATE INDEX sessions_by_expiry ON sessions (expires_at_ms);
`;

// One participation row per member and plan year: a next-year opt-in must not overwrite the as-of year's,
// whose bills are still owed. The profile shows the newest; bills come from the as-of year's. For an
// earlier year (whose claims the sandbox does not keep) prior_unpaid_cents says what is still owed.
// Events learn who acted (actor_id), on whose authority and why; representatives are who may authorise.
const PARTICIPATION_CHANGES = `
CREATE TABLE participations (
  member_key INTEGER NOT NULL, plan_year INTEGER NOT NULL, status TEXT NOT NULL, effective_on TEXT, ends_on TEXT,
  opt_in_channel TEXT, confirmation_number TEXT, termination_reason TEXT, prior_unpaid_cents INTEGER,
  PRIMARY KEY (member_key, plan_year)
) WITHOUT ROWID;
ALTER TABLE members DROP COLUMN participation_status;
ALTER TABLE members DROP COLUMN participation_plan_year;
ALTER TABLE members DROP COLUMN participation_effective_on;
ALTER TABLE members DROP COLUMN participation_ends_on;
ALTER TABLE members DROP COLUMN opt_in_channel;
ALTER TABLE members DROP COLUMN participation_confirmation;
ALTER TABLE members DROP COLUMN termination_reason;
ALTER TABLE participation_events ADD COLUMN actor_id TEXT;
ALTER TABLE participation_events ADD COLUMN authorized_by TEXT;
ALTER TABLE participation_events ADD COLUMN note TEXT;
CREATE TABLE representatives (
  member_key INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
  relationship TEXT NOT NULL, document TEXT NOT NULL, expires_on TEXT,
  PRIMARY KEY (member_key, seq)
) WITHOUT ROWID;
`;

// Written only by the server, like sessions. An idempotency row is written in the same transaction as
// the change it answered, so a change and its stored answer exist together or not at all.
const APPROVALS_AND_IDEMPOTENCY = `
CREATE TABLE approvals (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, status TEXT NOT NULL, member_key INTEGER NOT NULL, client_id TEXT NOT NULL,
  plan_year INTEGER NOT NULL, requested_by TEXT NOT NULL, requested_by_id TEXT NOT NULL, requested_at TEXT NOT NULL,
  requested_on TEXT NOT NULL, reason TEXT NOT NULL, confirmation_number TEXT NOT NULL, effective_on TEXT
);
CREATE INDEX approvals_by_member ON approvals (member_key, status);
CREATE INDEX approvals_by_status ON approvals (status, requested_at);
CREATE TABLE idempotency (
  user_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, fingerprint TEXT NOT NULL, operation_id TEXT NOT NULL,
  status INTEGER NOT NULL, body TEXT NOT NULL, created_at_ms INTEGER NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
) WITHOUT ROWID;
CREATE INDEX idempotency_by_age ON idempotency (created_at_ms);
`;

// Payments (issue 9). The processor stand-in and the backend share this file for tokens; a real backend
// would ask its processor server to server. A token row keeps what a processor may show — kind, brand,
// last four, expiry — and, for the sandbox's test numbers, how a charge on it behaves; never the card or
// account number or the security code. Refunds learn their plan year (the ledger they come out of) and
// the method a refund goes back to; approvals learn a refund's amount and kind; payments the method used.
const PAYMENTS = `
CREATE TABLE processor_tokens (
  token TEXT PRIMARY KEY, kind TEXT NOT NULL, brand TEXT NOT NULL,
  last4 TEXT NOT NULL CHECK (length(last4) = 4 AND last4 GLOB '[0-9][0-9][0-9][0-9]'),
  exp_month INTEGER, exp_year INTEGER, behaviour TEXT NOT NULL, created_at_ms INTEGER NOT NULL, used_at_ms INTEGER
) WITHOUT ROWID;
ALTER TABLE payment_methods ADD COLUMN token TEXT;
ALTER TABLE payments ADD COLUMN method_id TEXT;
ALTER TABLE refunds ADD COLUMN plan_year INTEGER;
ALTER TABLE refunds ADD COLUMN method_id TEXT;
ALTER TABLE approvals ADD COLUMN amount_cents INTEGER;
ALTER TABLE approvals ADD COLUMN refund_kind TEXT;
`;

// Calls (issue 8), written only by the server. The rep's state for the floor board, one row per user. An
// interaction keeps the record the console sent, as sent (its times are the console's); the timeline
// reads when each action of it was taken from interaction_actions. agent_events is the agent event
// stream's replay buffer: AUTOINCREMENT, so an id is never reused after old rows are swept, and a
// console resuming with Last-Event-ID after a restart of the backend still gets exactly what it missed.
const CALLS = `
CREATE TABLE agent_states (
  user_id TEXT PRIMARY KEY, state TEXT NOT NULL, away_reason TEXT, since TEXT NOT NULL, reported_at_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE interactions (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL, member_key INTEGER, confirmation_number TEXT NOT NULL UNIQUE,
  fingerprint TEXT NOT NULL, record TEXT NOT NULL, saved_at_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX interactions_by_member ON interactions (member_key);
CREATE TABLE interaction_actions (
  member_key INTEGER NOT NULL, confirmation_number TEXT NOT NULL, occurred_at TEXT NOT NULL,
  PRIMARY KEY (member_key, confirmation_number)
) WITHOUT ROWID;
CREATE TABLE agent_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, created_at_ms INTEGER NOT NULL, event TEXT NOT NULL
);
CREATE INDEX agent_events_by_user ON agent_events (user_id, seq);
CREATE INDEX agent_events_by_age ON agent_events (created_at_ms);
`;

// Team-lead decisions (issue 10): who decided a request, when, why, and the decision's own confirmation number.
const APPROVAL_DECISIONS = `
ALTER TABLE approvals ADD COLUMN decided_by TEXT;
ALTER TABLE approvals ADD COLUMN decided_by_id TEXT;
ALTER TABLE approvals ADD COLUMN decided_at TEXT;
ALTER TABLE approvals ADD COLUMN decision_reason TEXT;
ALTER TABLE approvals ADD COLUMN decision_confirmation_number TEXT;
`;

/** Every schema step, oldest first; `version` is the step's position, stored in `PRAGMA user_version`. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'members, their records and seed metadata', sql: INITIAL },
  { version: 2, name: 'sign-in sessions that survive a restart', sql: SESSIONS, isSeedNeutral: true },
  { version: 3, name: 'participation per plan year, who authorised each event, representatives', sql: PARTICIPATION_CHANGES },
  { version: 4, name: 'approvals and idempotency records', sql: APPROVALS_AND_IDEMPOTENCY, isSeedNeutral: true },
  { version: 5, name: 'payments: processor tokens, the method behind each payment and refund, refund plan years and approvals', sql: PAYMENTS },
  { version: 6, name: 'calls: agent states, interactions and the agent event stream', sql: CALLS, isSeedNeutral: true },
  { version: 7, name: 'the audit trail: append-only, hash-chained entries', sql: AUDIT_SCHEMA_SQL, isSeedNeutral: true },
  { version: 8, name: 'approvals: who decided, when, why, and the decision confirmation number', sql: APPROVAL_DECISIONS, isSeedNeutral: true },
  { version: 9, name: 'single sign-on: OpenID provider keys and store, signed-out access tokens', sql: IDENTITY_SCHEMA_SQL, isSeedNeutral: true },
];

/**
 * The schema version the seeded data depends on, stored as `schemaVersion` in the meta table: the last
 * step that is not seed-neutral. A file whose entry differs is reseeded; a newer seed-neutral step only migrates it.
 */
export const SEEDED_SCHEMA_VERSION = Math.max(...migrations.filter((step) => !step.isSeedNeutral).map((step) => step.version));
