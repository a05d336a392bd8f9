/**
 * The agent event streams open right now, by the session they were opened with, so signing out ends
 * them at once (not at the next heartbeat). Keyed by a digest of the token: the sandbox never keeps a
 * bearer token, in memory or on disk.
 */
import { createHash } from 'node:crypto';
import type { SessionStore } from '../server/create-session-store';

/** Open streams and how to end them. */
export interface AgentStreamRegistry {
  /** Registers a stream's `end`; the returned function unregisters it. */
  add(token: string, end: () => void): () => void;
  /** Ends every stream opened with the token. */
  endAll(token: string): void;
  /** How many streams are open (tests and the floor board's health). */
  size(): number;
}

const keyOf = (token: string) => createHash('sha256').update(token).digest('base64');

/** Creates an empty registry. */
export function createAgentStreamRegistry(): AgentStreamRegistry {
  const streams = new Map<string, Set<() => void>>();
  return {
    add(token, end) {
      const key = keyOf(token);
      const set = streams.get(key) ?? new Set();
      set.add(end);
      streams.set(key, set);
      return () => {
        set.delete(end);
        if (set.size === 0 && streams.get(key) === set) streams.delete(key);
      };
    },
    endAll(token) {
      for (const end of [...(streams.get(keyOf(token)) ?? [])]) end();
    },
    size: () => [...streams.values()].reduce((sum, set) => sum + set.size, 0),
  };
}

/** The same session store, except that a successful sign-out also ends that session's streams. */
export function endStreamsOnRevoke(sessions: SessionStore, streams: AgentStreamRegistry): SessionStore {
  return {
    ...sessions,
    revoke(token) {
      const revoked = sessions.revoke(token);
      if (revoked) streams.endAll(token);
      return revoked;
    },
  };
}
