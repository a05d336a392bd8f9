/**
 * Who is signed in, and the backend token that proves it; the token never leaves main.
 * When the session ends without the rep asking (the backend refused the token, or it expired),
 * `onEnded` is told once, so the screen can go back to sign-in instead of showing PHI to nobody.
 * Every end main decides (sign-out, expiry, the console closing) also revokes the token at the
 * backend: a token main merely forgot would keep reading member records for the rest of the shift.
 */
import type { Client } from '../../shared/domain/client';
import type { Session, SignInInput } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';

export interface SessionService {
  signIn(input: SignInInput): Promise<Session>;
  /** Forgets the session at once and revokes its token; resolves when the backend answered or gave up. */
  signOut(): Promise<void>;
  current(): Session | null;
  token(): string | null;
  /** The signed-in rep's id; throws NOT_SIGNED_IN otherwise. */
  requireRepId(): string;
  /** The white-label clients, fetched once per sign-in (branding for search results). */
  clients(): Promise<readonly Client[]>;
  /**
   * Forget the session when the backend says it ended. `during` is the session the failed call was
   * made in (current() before the call): a late refusal of an old token never ends a newer session.
   */
  handleFailure(error: unknown, during: Session | null): void;
  /** Stops the expiry timer and revokes the token (the console is closing). */
  close(): Promise<void>;
}

interface SignedIn {
  session: Session;
  token: string;
  expiresAt: number;
  clients: Promise<readonly Client[]> | null;
}

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Sign in again.';
const NOT_SIGNED_IN_MESSAGE = 'Your session has ended. Sign in again.';
/**
 * The expiry timer wakes at least this often to compare the wall clock with the expiry: Node's timers
 * stop while the computer sleeps, so one long timer would fire hours late after a night's sleep.
 */
const EXPIRY_CHECK_MS = 15_000;
/** Revocation happens as the rep walks away or the console closes: it may not hold either up for long. */
const REVOKE_TIMEOUT_MS = 3_000;

export interface SessionServiceDeps {
  backend: () => BackendClient;
  /** Told once per session that ended on its own (never on signOut). */
  onEnded?: (message: string) => void;
  /** Told when a token could not be revoked (backend down): it stays valid there until it expires. */
  onRevokeFailed?: (error: unknown) => void;
  now?: () => number;
}

/** Holds at most one session per console process. */
export function createSessionService(deps: SessionServiceDeps): SessionService {
  const now = deps.now ?? Date.now;
  let signedIn: SignedIn | null = null;
  let expiryTimer: ReturnType<typeof setTimeout> | null = null;

  function clearExpiryTimer(): void {
    if (expiryTimer) clearTimeout(expiryTimer);
    expiryTimer = null;
  }

  /** Forgets the session here at once; returns its token, for revoke(). */
  function forget(): string | null {
    const token = signedIn?.token ?? null;
    signedIn = null;
    clearExpiryTimer();
    return token;
  }

  /** Tells the backend to refuse `token` from now on. */
  async function revoke(token: string | null): Promise<void> {
    if (!token) return;
    try {
      await deps.backend().call('revokeSession', { token, timeoutMs: REVOKE_TIMEOUT_MS });
    } catch (error) {
      // NOT_SIGNED_IN: the backend had already ended it, which is the outcome asked for.
      if (!(error instanceof AppFailure && error.code === 'NOT_SIGNED_IN')) deps.onRevokeFailed?.(error);
    }
  }

  const forgetAndRevoke = () => revoke(forget());

  function end(message: string, { isTokenRevoked }: { isTokenRevoked: boolean }): void {
    if (!signedIn) return;
    const token = forget();
    if (!isTokenRevoked) void revoke(token);
    deps.onEnded?.(message);
  }

  function armExpiryTimer(): void {
    clearExpiryTimer();
    if (!signedIn) return;
    const remaining = signedIn.expiresAt - now();
    // Revoked even though it expired here: the backend's clock may still think it valid.
    if (remaining <= 0) return end(SESSION_EXPIRED_MESSAGE, { isTokenRevoked: false });
    expiryTimer = setTimeout(armExpiryTimer, Math.min(remaining, EXPIRY_CHECK_MS));
    expiryTimer.unref?.();
  }

  function active(): SignedIn | null {
    if (signedIn && signedIn.expiresAt <= now()) end(SESSION_EXPIRED_MESSAGE, { isTokenRevoked: false });
    return signedIn;
  }

  return {
    async signIn(input) {
      // Signing in over a session (another rep at this desk) must not leave the first token alive.
      await forgetAndRevoke();
      const answer = await deps.backend().call('createSession', { body: input });
      const session: Session = { user: answer.user, signedInAt: new Date(now()).toISOString() };
      signedIn = { token: answer.token, expiresAt: Date.parse(answer.expiresAt), session, clients: null };
      armExpiryTimer();
      // A token already past its expiry (a clock far off on this desktop or the backend) ended above.
      if (!signedIn) throw new AppFailure('NOT_SIGNED_IN', `${SESSION_EXPIRED_MESSAGE} If this repeats, tell IT: this computer's clock may be wrong.`);
      return session;
    },
    signOut: forgetAndRevoke,
    current: () => active()?.session ?? null,
    token: () => active()?.token ?? null,
    requireRepId() {
      const s = active();
      if (!s) throw new AppFailure('NOT_SIGNED_IN', NOT_SIGNED_IN_MESSAGE);
      return s.session.user.id;
    },
    clients() {
      const s = active();
      if (!s) return Promise.reject(new AppFailure('NOT_SIGNED_IN', NOT_SIGNED_IN_MESSAGE));
      s.clients ??= deps
        .backend()
        .call('listClients')
        .then((r) => r.clients)
        .catch((error: unknown) => {
          s.clients = null;
          throw error;
        });
      return s.clients;
    },
    handleFailure(error, during) {
      // The backend refused the token itself: there is nothing left to revoke.
      if (error instanceof AppFailure && error.code === 'NOT_SIGNED_IN' && during !== null && signedIn?.session === during) end(error.message, { isTokenRevoked: true });
    },
    close: forgetAndRevoke,
  };
}
