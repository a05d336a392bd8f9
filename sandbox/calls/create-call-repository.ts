/**
 * The calls area's rows (migration 6): the rep's state for the floor board, saved interactions, the
 * contact each adds to the member's history and when each of its actions was taken. Writes run inside
 * the caller's transaction (saveInteraction's idempotency transaction).
 */
import type { AgentStatus } from '../../shared/calls/interaction';
import type { ContactNote } from '../../shared/domain/contacts';
import type { SandboxDatabase } from '../database/open-database';

/** A saved interaction as the repository knows it. */
export interface SavedInteraction {
  readonly fingerprint: string;
  readonly confirmationNumber: string;
}

/** A new interaction row; the record is stored as the console sent it. */
export interface NewInteraction extends SavedInteraction {
  readonly id: string;
  readonly userId: string;
  readonly memberKey: number | null;
  readonly record: unknown;
  readonly savedAtMs: number;
}

/** Reads and writes of the calls area. */
export interface CallRepository {
  saveAgentState(userId: string, status: AgentStatus, reportedAtMs: number): void;
  /** The state a user last reported; null when they never did. */
  readAgentState(userId: string): AgentStatus | null;
  findInteraction(id: string): SavedInteraction | null;
  insertInteraction(row: NewInteraction): void;
  /** Appends a contact as the member's newest. */
  appendContact(memberKey: number, contact: ContactNote): void;
  /** Records when an action (by confirmation number) was taken; the first time recorded wins. */
  recordActionTime(memberKey: number, confirmationNumber: string, occurredAt: string): void;
}

/** Prepares the statements once per connection. */
export function createCallRepository(db: SandboxDatabase): CallRepository {
  const saveState = db.prepare<[string, string, string | null, string, number]>(
    'INSERT OR REPLACE INTO agent_states (user_id, state, away_reason, since, reported_at_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const readState = db.prepare<[string], AgentStatus>('SELECT state, away_reason AS awayReason, since FROM agent_states WHERE user_id = ?');
  const findOne = db.prepare<[string], SavedInteraction>('SELECT fingerprint, confirmation_number AS confirmationNumber FROM interactions WHERE id = ?');
  const insert = db.prepare<[string, string, number | null, string, string, string, number]>(
    'INSERT INTO interactions (id, user_id, member_key, confirmation_number, fingerprint, record, saved_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const contact = db.prepare(`INSERT INTO contacts (member_key, seq, id, occurred_at, channel, direction, agent_name, reason, notes, confirmation_number)
    VALUES (?, (SELECT coalesce(max(seq), -1) + 1 FROM contacts WHERE member_key = ?), ?, ?, ?, ?, ?, ?, ?, ?)`);
  const actionTime = db.prepare<[number, string, string]>('INSERT OR IGNORE INTO interaction_actions (member_key, confirmation_number, occurred_at) VALUES (?, ?, ?)');
  return {
    saveAgentState: (userId, s, atMs) => void saveState.run(userId, s.state, s.awayReason, s.since, atMs),
    readAgentState: (userId) => readState.get(userId) ?? null,
    findInteraction: (id) => findOne.get(id) ?? null,
    insertInteraction: (r) => void insert.run(r.id, r.userId, r.memberKey, r.confirmationNumber, r.fingerprint, JSON.stringify(r.record), r.savedAtMs),
    appendContact(key, c) {
      contact.run(key, key, c.id, c.occurredAt, c.channel, c.direction, c.agentName, c.reason, c.notes, c.confirmationNumber);
    },
    recordActionTime: (key, number, at) => void actionTime.run(key, number, at),
  };
}
