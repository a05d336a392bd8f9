/**
 * The agents' call events between the webhook and the consoles: each is stored with an increasing id
 * (agent_events, migration 6) and handed to the agent's open streams at once. A console that comes
 * back with the last id it saw gets what it missed within the replay window, in order and once — also
 * after the backend restarted, since the ids and the buffer live in the database.
 */
import { z } from 'zod';
import { ApprovalDecidedEventSchema, type ApprovalDecidedEvent } from '../../shared/api/approval-routes';
import { CallEventSchema, type CallEvent } from '../../shared/calls/call-events';
import type { SandboxDatabase } from '../database/open-database';

/** What an agent's stream carries: their calls, and team leads' decisions on their requests. */
export type AgentEvent = CallEvent | ApprovalDecidedEvent;
const AgentEventSchema = z.union([CallEventSchema, ApprovalDecidedEventSchema]);

/** Receives one event and its stream id. */
export type AgentEventListener = (id: number, event: AgentEvent) => void;

/** Publishes to agents; subscribers replay, then follow live. */
export interface AgentEventHub {
  /** Stores the event for the agent and hands it to their open streams; returns its id. */
  publish(userId: string, event: AgentEvent): number;
  /**
   * Replays the agent's stored events after `afterId` (none when null) synchronously, then calls the
   * listener for each new one until the returned function is called.
   */
  subscribe(userId: string, afterId: number | null, listener: AgentEventListener): () => void;
}

/** How long and how much is kept for replay; the clock for both. */
export interface AgentEventHubOptions {
  readonly now: () => Date;
  /** Default 5 minutes: long enough for a reconnect or a backend restart, short enough that a stale ring never replays. */
  readonly replayWindowMs?: number;
  /** Most events replayed per reconnect (default 500). */
  readonly maxReplay?: number;
}

interface Row { seq: number; event: string }

/** Creates the hub over the agent_events table. */
export function createAgentEventHub(db: SandboxDatabase, options: AgentEventHubOptions): AgentEventHub {
  const windowMs = options.replayWindowMs ?? 5 * 60_000;
  const insert = db.prepare<[string, number, string]>('INSERT INTO agent_events (user_id, created_at_ms, event) VALUES (?, ?, ?)');
  const sweep = db.prepare<[number]>('DELETE FROM agent_events WHERE created_at_ms < ?');
  const after = db.prepare<[string, number, number, number], Row>(
    'SELECT seq, event FROM agent_events WHERE user_id = ? AND seq > ? AND created_at_ms >= ? ORDER BY seq LIMIT ?',
  );
  const stored = db.prepare<[number], string>('SELECT event FROM agent_events WHERE seq = ?').pluck();
  const listeners = new Map<string, Set<AgentEventListener>>();
  const notify = (userId: string, id: number, event: AgentEvent) => {
    for (const listener of [...(listeners.get(userId) ?? [])]) listener(id, event);
  };
  return {
    publish(userId, event) {
      const nowMs = options.now().getTime();
      sweep.run(nowMs - windowMs);
      const text = JSON.stringify(event);
      const id = Number(insert.run(userId, nowMs, text).lastInsertRowid);
      // Published inside a change's transaction (a lead's decision), live listeners hear it only once
      // that committed: the transaction is synchronous, so a microtask runs after it, and a rolled-back
      // row is gone (or another event's, its id reused) by then.
      if (!db.inTransaction) notify(userId, id, event);
      else queueMicrotask(() => stored.get(id) === text && notify(userId, id, event));
      return id;
    },
    subscribe(userId, afterId, listener) {
      if (afterId !== null) {
        for (const row of after.all(userId, afterId, options.now().getTime() - windowMs, options.maxReplay ?? 500)) {
          // Rows are written only by publish, from parsed events; a row that no longer parses is skipped, not sent.
          const parsed = AgentEventSchema.safeParse(JSON.parse(row.event));
          if (parsed.success) listener(row.seq, parsed.data);
        }
      }
      const set = listeners.get(userId) ?? new Set<AgentEventListener>();
      set.add(listener);
      listeners.set(userId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(userId) === set) listeners.delete(userId);
      };
    },
  };
}
