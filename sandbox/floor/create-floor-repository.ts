/**
 * What the floor board reads from the database: every user's last reported state (agent_states, one
 * row per user) and the interactions saved since a moment (today's handled calls). Written elsewhere:
 * setAgentState and saveInteraction (sandbox/calls/) own those rows.
 */
import { z } from 'zod';
import { AgentStateSchema, AwayReasonSchema } from '../../shared/calls/call-events';
import { DispositionCodeSchema } from '../../shared/calls/interaction';
import type { SandboxDatabase } from '../database/open-database';

/** A user's last reported state. */
export interface StoredAgentState {
  readonly userId: string;
  readonly state: z.infer<typeof AgentStateSchema>;
  readonly awayReason: z.infer<typeof AwayReasonSchema> | null;
  readonly since: string;
}

/** The parts of a saved interaction the board counts (the record is stored as the console sent it). */
const CountedRecordSchema = z.object({
  talkSeconds: z.number().int().min(0),
  holdSeconds: z.number().int().min(0),
  wrapUpSeconds: z.number().int().min(0),
  isMissed: z.boolean(),
  dispositionCode: DispositionCodeSchema.nullable(),
  ringAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type CountedRecord = z.infer<typeof CountedRecordSchema>;

/** One saved interaction as the board reads it. */
export interface StoredInteraction {
  readonly id: string;
  readonly userId: string;
  readonly savedAtMs: number;
  readonly record: CountedRecord;
}

/** The floor board's reads. */
export interface FloorRepository {
  allStates(): StoredAgentState[];
  stateOf(userId: string): StoredAgentState | null;
  /** Saved at or after `savedAtMs`, oldest first; rows whose record no longer parses are skipped. */
  interactionsSince(savedAtMs: number): StoredInteraction[];
  interaction(id: string): StoredInteraction | null;
}

const StateRowSchema = z.object({ userId: z.string(), state: AgentStateSchema, awayReason: AwayReasonSchema.nullable(), since: z.string() });
interface InteractionRow { id: string; userId: string; savedAtMs: number; record: string }

function toInteraction(row: InteractionRow | undefined): StoredInteraction | null {
  if (!row) return null;
  let json: unknown;
  try {
    json = JSON.parse(row.record);
  } catch {
    return null;
  }
  const record = CountedRecordSchema.safeParse(json);
  return record.success ? { id: row.id, userId: row.userId, savedAtMs: row.savedAtMs, record: record.data } : null;
}

/** Prepares the statements once per connection. */
export function createFloorRepository(db: SandboxDatabase): FloorRepository {
  const states = db.prepare<[], unknown>('SELECT user_id AS userId, state, away_reason AS awayReason, since FROM agent_states');
  const stateOf = db.prepare<[string], unknown>('SELECT user_id AS userId, state, away_reason AS awayReason, since FROM agent_states WHERE user_id = ?');
  const columns = 'id, user_id AS userId, saved_at_ms AS savedAtMs, record';
  const since = db.prepare<[number], InteractionRow>(`SELECT ${columns} FROM interactions WHERE saved_at_ms >= ? ORDER BY saved_at_ms`);
  const one = db.prepare<[string], InteractionRow>(`SELECT ${columns} FROM interactions WHERE id = ?`);
  // A state row another sandbox version wrote in a shape this one does not know is left off the board.
  const parseState = (row: unknown): StoredAgentState | null => {
    const parsed = StateRowSchema.safeParse(row);
    return parsed.success ? parsed.data : null;
  };
  return {
    allStates: () => states.all().flatMap((row) => parseState(row) ?? []),
    stateOf: (userId) => parseState(stateOf.get(userId)),
    interactionsSince: (atMs) => since.all(atMs).flatMap((row) => toInteraction(row) ?? []),
    interaction: (id) => toInteraction(one.get(id)),
  };
}
