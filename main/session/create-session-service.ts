/** Who is signed in, and the backend token that proves it; the token never leaves main. */
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
  /** Forget the session when the backend says it ended. */
  handleFailure(error: unknown): void;
}

interface SignedIn {
  session: Session;
  token: string;
  expiresAt: number;
  clients: Promise<readonly Client[]> | null;
}

/** Holds at most one session per console process. */
export function createSessionService(deps: { backend: () => BackendClient; now?: () => number }): SessionService {
  const now = deps.now ?? Date.now;
  let signedIn: SignedIn | null = null;

  function active(): SignedIn | null {
    if (signedIn && signedIn.expiresAt <= now()) signedIn = null;
    return signedIn;
  }

  return {
    async signIn(input) {
      const answer = await deps.backend().call('createSession', { body: input });
      signedIn = {
        token: answer.token,
        expiresAt: Date.parse(answer.expiresAt),
        session: { user: answer.user, signedInAt: new Date(now()).toISOString() },
        clients: null,
      };
      return signedIn.session;
    },
    signOut() {
      signedIn = null;
    },
    current: () => active()?.session ?? null,
    token: () => active()?.token ?? null,
    requireRepId() {
      const s = active();
      if (!s) throw new AppFailure('NOT_SIGNED_IN', 'Your session has ended. Sign in again.');
      return s.session.user.id;
    },
    clients() {
      const s = active();
      if (!s) return Promise.reject(new AppFailure('NOT_SIGNED_IN', 'Your session has ended. Sign in again.'));
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
    handleFailure(error) {
      if (error instanceof AppFailure && error.code === 'NOT_SIGNED_IN') signedIn = null;
    },
  };
}
