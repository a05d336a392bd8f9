/**
 * Which agents each CTI call rang, so a later `answer` can stop the others' ringing and a `hangup`
 * reaches everyone still on it, even when the phone system names only one agent (or none) by then.
 * Bounded: the oldest calls are forgotten first, and a call is forgotten when it hangs up.
 */

/** Who a call rang and who has since been told it ended for them. */
export interface RosterEntry {
  readonly rang: ReadonlySet<string>;
  readonly released: ReadonlySet<string>;
}

/** The calls in progress, by the phone system and its call id. */
export interface CallRoster {
  get(key: string): RosterEntry | null;
  ring(key: string, userIds: readonly string[]): void;
  release(key: string, userIds: readonly string[]): void;
  forget(key: string): void;
}

/** Keeps at most `capacity` calls (default 2,000: a busy floor's calls of a few hours). */
export function createCallRoster(capacity = 2_000): CallRoster {
  const calls = new Map<string, { rang: Set<string>; released: Set<string> }>();
  const entry = (key: string) => {
    let found = calls.get(key);
    if (!found) {
      found = { rang: new Set(), released: new Set() };
      calls.set(key, found);
      const oldest = calls.keys().next().value;
      if (calls.size > capacity && oldest !== undefined) calls.delete(oldest);
    }
    return found;
  };
  return {
    get: (key) => calls.get(key) ?? null,
    ring(key, userIds) {
      const found = entry(key);
      for (const id of userIds) found.rang.add(id);
    },
    release(key, userIds) {
      const found = entry(key);
      for (const id of userIds) found.released.add(id);
    },
    forget: (key) => void calls.delete(key),
  };
}
