/**
 * Who a bearer token belongs to. Two kinds are accepted: the sandbox's own sign-in sessions (random
 * 32-byte tokens that expire after 8 hours, a shift, kept in the database by digest so they survive a
 * restart) and access tokens (JWTs) from the sandbox's OpenID provider, checked against its keys and
 * refused once signed out (their `jti` is denylisted until they expire). Both are revocable at once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { User } from '../../shared/domain/session';
import type { SessionRepository } from '../database/create-session-repository';
import type { AccessTokenVerifier } from '../identity/create-access-token-verifier';
import type { RevokedTokenRepository } from '../identity/create-revoked-token-repository';
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

/** Overrides for tests (a movable clock, a shorter lifetime, other users), and the provider's tokens. */
export interface SessionStoreOptions {
  readonly now?: () => Date;
  readonly ttlMs?: number;
  readonly users?: readonly SandboxUser[];
  /** Accept the OpenID provider's access tokens: their verifier and the denylist sign-out writes to. */
  readonly accessTokens?: { readonly verifier: AccessTokenVerifier; readonly revoked: RevokedTokenRepository };
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** A JWT is three base64url segments; the sandbox's own tokens never contain a dot. */
const isJwt = (token: string): boolean => token.split('.').length === 3;

/**
 * The sandbox account with this user name and password, or null. Digests are compared in constant
 * time, and the work is done even for unknown names, so timing tells nothing. The provider's sign-in
 * page checks passwords with this too.
 */
export function findSandboxAccount(username: string, password: string, users: readonly SandboxUser[] = SANDBOX_USERS): SandboxUser | null {
  const account = users.find((u) => u.user.id === toUserId(username));
  const isMatch = timingSafeEqual(digest(password), digest(account?.password ?? `\u0000${password}`));
  return account && isMatch ? account : null;
}

/** Creates a store over the sessions table. */
export function createSessionStore(repository: SessionRepository, options: SessionStoreOptions = {}): SessionStore {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? SESSION_TTL_MS;
  const users = options.users ?? SANDBOX_USERS;
  const verifyJwt = (token: string) => {
    const verified = options.accessTokens?.verifier.verify(token) ?? null;
    return verified && !options.accessTokens?.revoked.isRevoked(verified.jti) ? verified : null;
  };
  const authenticate = (token: string): User | null => {
    if (isJwt(token)) return verifyJwt(token)?.user ?? null;
    const session = repository.find(digest(token));
    if (!session || session.revokedAtMs !== null || session.expiresAtMs <= now().getTime()) return null;
    return users.find((u) => u.user.id === session.userId)?.user ?? null;
  };
  return {
    signIn(username, password) {
      const account = findSandboxAccount(username, password, users);
      if (!account) return null;
      const nowMs = now().getTime();
      repository.sweepExpired(nowMs);
      const token = randomBytes(32).toString('base64url');
      const expiresAtMs = nowMs + ttlMs;
      repository.insert(digest(token), account.user.id, expiresAtMs);
      return { token, expiresAt: new Date(expiresAtMs).toISOString(), user: account.user };
    },
    authenticate,
    revoke(token) {
      if (!isJwt(token)) return authenticate(token) !== null && repository.revoke(digest(token), now().getTime());
      const verified = verifyJwt(token);
      return verified !== null && (options.accessTokens?.revoked.add(verified.jti, verified.expiresAtMs, now().getTime()) ?? false);
    },
  };
}
