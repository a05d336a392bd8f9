/**
 * Who is signed in, and the backend token that proves it; the token never leaves main.
 * When the session ends without the rep asking (the backend refused the token, or it expired),
 * `onEnded` is told once, so the screen can go back to sign-in instead of showing PHI to nobody.
 */
import type { Client } from '../../shared/domain/client';
import type { Session, SignInInput } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';

export interface SessionService {
  signIn(input: SignInInput): Promise<Session>;
  signOut(): void;
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
  /** Stops the expiry timer (the process is shutting down). */
  close(): void;
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

export interface SessionServiceDeps {
  backend: () => BackendClient;
  /** Told once per session that ended on its own (never on signOut). */
  onEnded?: (message: string) => void;
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

  function end(message: string): void {
    if (!signedIn) return;
    signedIn = null;
    clearExpiryTimer();
    deps.onEnded?.(message);
  }

  function armExpiryTimer(): void {
    clearExpiryTimer();
    if (!signedIn) return;
    const remaining = signedIn.expiresAt - now();
    if (remaining <= 0) return end(SESSION_EXPIRED_MESSAGE);
    expiryTimer = setTimeout(armExpiryTimer, Math.min(remaining, EXPIRY_CHECK_MS));
    expiryTimer.unref?.();
  }

  function active(): SignedIn | null {
    if (signedIn && signedIn.expiresAt <= now()) end(SESSION_EXPIRED_MESSAGE);
    return signedIn;
  }

  return {
    async signIn(input) {
      const answer = await deps.backend().call('createSession', { body: input });
      const session: Session = { user: answer.user, signedInAt: new Date(now()).toISOString() };
      signedIn = { token: answer.token, expiresAt: Date.parse(answer.expiresAt), session, clients: null };
      armExpiryTimer();
      // A token already past its expiry (a clock far off on this desktop or the backend) ended above.
      if (!signedIn) throw new AppFailure('NOT_SIGNED_IN', `${SESSION_EXPIRED_MESSAGE} If this repeats, tell IT: this computer's clock may be wrong.`);
      return session;
    },
    signOut() {
      signedIn = null;
      clearExpiryTimer();
    },
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
      if (error instanceof AppFailure && error.code === 'NOT_SIGNED_IN' && during !== null && signedIn?.session === during) end(error.message);
    },
    close: clearExpiryTimer,
  };
}
