/**
 * Sign-in throttling, as a real identity service does it: failures are counted per user name (known or
 * not, so answers never reveal which names exist) and per client address. Reaching a limit locks that
 * name or address out, and while it is locked even the right password is refused — otherwise guessing
 * would only be slowed, not stopped. Each further failure after a lock-out locks again for twice as
 * long, up to a cap. In memory: a restart forgets the counts, which a sandbox can afford.
 */
import { toUserId } from './sandbox-users';

/** The numbers the throttle works by; tests and the README quote SIGN_IN_LIMITS. */
export interface SignInLimits {
  readonly failuresPerUserName: number;
  readonly failuresPerAddress: number;
  /** A count is forgotten once this long has passed since its last failure or the end of its lock-out. */
  readonly windowMs: number;
  readonly firstLockMs: number;
  readonly maxLockMs: number;
}

/** 5 failures per name or 20 per address lock for 1 minute, then 2, 4, 8 and at most 15. */
export const SIGN_IN_LIMITS: SignInLimits = {
  failuresPerUserName: 5,
  failuresPerAddress: 20,
  windowMs: 15 * 60_000,
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
};

/** Who is trying: the user name as typed and the client's address. */
export interface SignInAttempt {
  readonly username: string;
  readonly clientAddress: string;
}

/** What sign-in asks before checking a password, and tells after. */
export interface SignInThrottle {
  /** Milliseconds until this attempt may be checked; 0 when it may be checked now. */
  waitMs(attempt: SignInAttempt): number;
  recordFailure(attempt: SignInAttempt): void;
  /** Clears the user name's count; the address keeps its own, or one good account would reset it. */
  recordSuccess(attempt: SignInAttempt): void;
}

interface Count {
  failures: number;
  lockouts: number;
  lockedUntilMs: number;
  forgetAtMs: number;
}

function createCounts(limit: number, limits: SignInLimits) {
  const counts = new Map<string, Count>();
  const live = (key: string, nowMs: number): Count | undefined => {
    const count = counts.get(key);
    if (count && count.forgetAtMs <= nowMs) counts.delete(key);
    return counts.get(key);
  };
  return {
    waitMs: (key: string, nowMs: number) => Math.max(0, (live(key, nowMs)?.lockedUntilMs ?? 0) - nowMs),
    fail(key: string, nowMs: number) {
      for (const [other, count] of counts) if (count.forgetAtMs <= nowMs) counts.delete(other);
      const count = live(key, nowMs) ?? { failures: 0, lockouts: 0, lockedUntilMs: 0, forgetAtMs: 0 };
      count.failures += 1;
      if (count.failures >= limit) {
        count.lockouts += 1;
        count.lockedUntilMs = nowMs + Math.min(limits.firstLockMs * 2 ** (count.lockouts - 1), limits.maxLockMs);
      }
      count.forgetAtMs = Math.max(nowMs, count.lockedUntilMs) + limits.windowMs;
      counts.set(key, count);
    },
    reset: (key: string) => void counts.delete(key),
  };
}

/** Creates a throttle with nothing counted; `now` is the server's clock, so tests never sleep. */
export function createSignInThrottle(now: () => Date, limits: SignInLimits = SIGN_IN_LIMITS): SignInThrottle {
  const byName = createCounts(limits.failuresPerUserName, limits);
  const byAddress = createCounts(limits.failuresPerAddress, limits);
  return {
    waitMs(attempt) {
      const nowMs = now().getTime();
      return Math.max(byName.waitMs(toUserId(attempt.username), nowMs), byAddress.waitMs(attempt.clientAddress, nowMs));
    },
    recordFailure(attempt) {
      const nowMs = now().getTime();
      byName.fail(toUserId(attempt.username), nowMs);
      byAddress.fail(attempt.clientAddress, nowMs);
    },
    recordSuccess: (attempt) => byName.reset(toUserId(attempt.username)),
  };
}
