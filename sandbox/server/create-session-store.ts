/**
 * Sign-in sessions: random 32-byte bearer tokens that expire after 8 hours (a shift), kept in the
 * sandbox database by digest so they survive a restart, and revocable at once (sign-out).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { User } from '../../shared/domain/session';
import type { SessionRepository } from '../database/create-session-repository';
import { SANDBOX_USERS, toUserId, type SandboxUser } from './sandbox-users';

/** A shift: tokens expire after 8 hours, as the console's sign-in screen tells reps. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** The one sentence for a token that is unknown, expired or revoked, wherever it is refused. */
export const SESSION_ENDED_MESSAGE = 'Your session has ended or is not valid. Sign in again.';

/** What sign-in answers: the contract's SignInResponse. */
export interface SignedIn {
  readonly token: string;
  readonly expiresAt: string;
  readonly user: User;
}

/** Sign-in, token checks and sign-out: the only places the sandbox decides who someone is. */
export interface SessionStore {
  /** Null when the user name or password is wrong; never says which. */
  signIn(username: string, password: string): SignedIn | null;
  /** The user a token belongs to, or null when it is unknown, expired or revoked. */
  authenticate(token: string): User | null;
  /** Ends the token's session for good; false when it was not a live session. */
  revoke(token: string): boolean;
}

/** Overrides for tests: a movable clock, a shorter lifetime, other users. */
export interface SessionStoreOptions {
  readonly now?: () => Date;
  readonly ttlMs?: number;
  readonly users?: readonly SandboxUser[];
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Creates a store over the sessions table. */
export function createSessionStore(repository: SessionRepository, options: SessionStoreOptions = {}): SessionStore {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? SESSION_TTL_MS;
  const users = options.users ?? SANDBOX_USERS;
  const authenticate = (token: string): User | null => {
    const session = repository.find(digest(token));
    if (!session || session.revokedAtMs !== null || session.expiresAtMs <= now().getTime()) return null;
    return users.find((u) => u.user.id === session.userId)?.user ?? null;
  };
  return {
    signIn(username, password) {
      const account = users.find((u) => u.user.id === toUserId(username));
      // Compare digests in constant time, and do the work even for unknown names, so timing tells nothing.
      const isMatch = timingSafeEqual(digest(password), digest(account?.password ?? `\u0000${password}`));
      if (!account || !isMatch) return null;
      const nowMs = now().getTime();
      repository.sweepExpired(nowMs);
      const token = randomBytes(32).toString('base64url');
      const expiresAtMs = nowMs + ttlMs;
      repository.insert(digest(token), account.user.id, expiresAtMs);
      return { token, expiresAt: new Date(expiresAtMs).toISOString(), user: account.user };
    },
    authenticate,
    revoke: (token) => authenticate(token) !== null && repository.revoke(digest(token), now().getTime()),
  };
}
