/**
 * In-memory sign-in sessions: random 32-byte bearer tokens that expire after 8 hours (a shift).
 * Restarting the sandbox signs everyone out, which is what a developer expects from a sandbox.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { User } from '../../shared/domain/session';
import { SANDBOX_USERS, type SandboxUser } from './sandbox-users';

/** A shift: tokens expire after 8 hours, as the console's sign-in screen tells reps. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** What sign-in answers: the contract's SignInResponse. */
export interface SignedIn {
  readonly token: string;
  readonly expiresAt: string;
  readonly user: User;
}

/** Sign-in and token checks, the only places the sandbox decides who someone is. */
export interface SessionStore {
  /** Null when the user name or password is wrong; never says which. */
  signIn(username: string, password: string): SignedIn | null;
  /** The user a token belongs to, or null when it is unknown or expired. */
  authenticate(token: string): User | null;
}

/** Overrides for tests: a movable clock, a shorter lifetime, other users. */
export interface SessionStoreOptions {
  readonly now?: () => Date;
  readonly ttlMs?: number;
  readonly users?: readonly SandboxUser[];
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Creates an empty store. */
export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? SESSION_TTL_MS;
  const users = options.users ?? SANDBOX_USERS;
  const sessions = new Map<string, { user: User; expiresAtMs: number }>();
  const sweep = (nowMs: number) => {
    for (const [token, session] of sessions) if (session.expiresAtMs <= nowMs) sessions.delete(token);
  };
  return {
    signIn(username, password) {
      const account = users.find((u) => u.user.id === username.trim().toLowerCase());
      // Compare digests in constant time, and do the work even for unknown names, so timing tells nothing.
      const isMatch = timingSafeEqual(digest(password), digest(account?.password ?? `\u0000${password}`));
      if (!account || !isMatch) return null;
      const nowMs = now().getTime();
      sweep(nowMs);
      const token = randomBytes(32).toString('base64url');
      const expiresAtMs = nowMs + ttlMs;
      sessions.set(token, { user: account.user, expiresAtMs });
      return { token, expiresAt: new Date(expiresAtMs).toISOString(), user: account.user };
    },
    authenticate(token) {
      const session = sessions.get(token);
      if (!session) return null;
      if (session.expiresAtMs <= now().getTime()) {
        sessions.delete(token);
        return null;
      }
      return session.user;
    },
  };
}
