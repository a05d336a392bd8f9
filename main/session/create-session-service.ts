/**
 * Who is signed in, and the backend token that proves it; tokens never leave main. Two ways in: the
 * company's OpenID provider (single sign-on, when policy names one) or the backend's own password
 * sign-in (the sandbox's fallback when none is configured).
 *
 * When the session ends without the rep asking (the backend refused the token, it expired, the provider
 * refused a refresh), `onEnded` is told once, so the screen goes back to sign-in instead of showing PHI
 * to nobody. Every end main decides (sign-out, expiry, the console closing) also revokes the token at
 * the backend: a token main merely forgot would keep reading member records for the rest of the shift.
 * Signing out of a provider session also revokes its refresh token and opens the provider's sign-out page.
 */
import type { ApiResponse } from '../../shared/api/routes';
import type { Client } from '../../shared/domain/client';
import type { Session, SignInInput } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { IdentityClient } from './create-identity-client';
import type { SignInVault } from './create-sign-in-vault';
import { createProviderSignIn } from './create-provider-sign-in';
import { createSessionTokens, type SignedIn } from './create-session-tokens';

/** How the rep proves again who they are (unlocking an idle console): the same way they signed in. */
export type ReauthenticateInput = { readonly method: 'provider' } | { readonly method: 'password'; readonly password: string };

/** What the sign-in screen offers: the provider (when policy names one), or the password form. */
export interface SignInOptions {
  readonly provider: { readonly issuer: string } | null;
  readonly isPasswordAllowed: boolean;
}

export interface SessionService {
  signInOptions(): SignInOptions;
  /** Password sign-in at the backend; refused when IT configured a provider. */
  signIn(input: SignInInput): Promise<Session>;
  /** Single sign-on in the system browser; resolves when the provider redirected back. */
  signInWithProvider(): Promise<Session>;
  /** Stops a provider sign-in that is waiting for the browser (it rejects with SIGN_IN_CANCELLED). */
  cancelProviderSignIn(): void;
  /** Once per process: signs back in silently with the sealed refresh token a previous run left. */
  resume(): Promise<Session | null>;
  /**
   * Proves again that the signed-in rep is at the desk, the way they signed in (provider: asking for
   * the password again; password: a fresh backend session for the same user). Rejects DIFFERENT_USER
   * when someone else signed in at the provider (nothing of theirs is kept), INVALID_INPUT for a wrong
   * password or method. The session, its notes and flows are untouched either way.
   */
  reauthenticate(input: ReauthenticateInput): Promise<Session>;
  /** Forgets the session at once and revokes its tokens; resolves when the backend answered or gave up. */
  signOut(): Promise<void>;
  current(): Session | null;
  token(): string | null;
  /** Told of every new access token (a refresh, a sign-in) and of null at the end: streams reconnect with it. */
  watchToken(listener: (token: string | null) => void): () => void;
  /**
   * A backend call made with `usedToken` was refused (401): the current token to retry with once
   * (refreshing it first when it is the one refused), or null when there is nothing to retry with.
   */
  renewAfterRefusal(usedToken: string): Promise<string | null>;
  /** The signed-in rep's id; throws NOT_SIGNED_IN otherwise. */
  requireRepId(): string;
  /** The white-label clients, fetched once per sign-in (branding for search results). */
  clients(): Promise<readonly Client[]>;
  /**
   * Forget the session when the backend says it ended. `during` is the session the failed call was
   * made in (current() before the call): a late refusal of an old token never ends a newer session.
   */
  handleFailure(error: unknown, during: Session | null): void;
  /** Stops the timers and revokes the backend token; a provider session's sealed refresh token stays for the next start. */
  close(): Promise<void>;
}

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Sign in again.';
const NOT_SIGNED_IN_MESSAGE = 'Your session has ended. Sign in again.';

export interface SessionServiceDeps {
  backend: () => BackendClient;
  /** The company's OpenID provider; null or absent: password sign-in only. */
  identity?: IdentityClient | null;
  /** Where a provider session's refresh token is sealed between runs (required with `identity`). */
  vault?: SignInVault;
  /** Opens the provider's sign-out page in the system browser. */
  openExternal?: (url: string) => void | Promise<void>;
  /** Told once per session that ended on its own (never on signOut). */
  onEnded?: (message: string) => void;
  /** Told when a token could not be revoked (backend or provider down): it stays valid there until it expires. */
  onRevokeFailed?: (error: unknown) => void;
  now?: () => number;
}

/** Holds at most one session per console process. */
export function createSessionService(deps: SessionServiceDeps): SessionService {
  const now = deps.now ?? Date.now;
  const identity = deps.identity ?? null;
  const tokens = createSessionTokens({ ...deps, now, identity });
  const provider = createProviderSignIn({ ...deps, now, identity, tokens });

  function requireSignedIn(): SignedIn {
    const s = tokens.active();
    if (!s) throw new AppFailure('NOT_SIGNED_IN', NOT_SIGNED_IN_MESSAGE);
    return s;
  }

  async function reauthenticateWithPassword(s: SignedIn, password: string): Promise<void> {
    if (s.method !== 'password') throw new AppFailure('INVALID_INPUT', 'Unlock with your company account: this console signs in through it.');
    let answer: ApiResponse<'createSession'>;
    try {
      answer = await deps.backend().call('createSession', { body: { username: s.session.user.id, password } });
    } catch (error) {
      throw error instanceof AppFailure && error.code === 'NOT_SIGNED_IN' ? new AppFailure('INVALID_INPUT', 'That password is wrong.') : error;
    }
    // The user name sent was the session's own, so the answer is for the same user unless the backend lies.
    if (answer.user.id !== s.session.user.id || tokens.active() !== s) {
      void tokens.revokeAtBackend([answer.token]);
      throw new AppFailure('DIFFERENT_USER', 'The sign-in was for someone else. Sign out instead.');
    }
    const earlier = s.token;
    tokens.replace(s, { accessToken: answer.token, expiresAt: Date.parse(answer.expiresAt), lifetimeMs: Date.parse(answer.expiresAt) - now(), refreshToken: null, idToken: null, user: answer.user });
    void tokens.revokeAtBackend([earlier]);
  }

  return {
    signInOptions: () => ({ provider: identity ? { issuer: identity.issuer } : null, isPasswordAllowed: identity === null }),
    async signIn(input) {
      if (identity) throw new AppFailure('FORBIDDEN', 'Sign in with your company account: IT has set Rep Console up for single sign-on.');
      // Signing in over a session (another rep at this desk) must not leave the first token alive.
      await tokens.discard();
      const answer = await deps.backend().call('createSession', { body: input });
      return tokens.start({ method: 'password', session: { user: answer.user, signedInAt: new Date(now()).toISOString() }, accessToken: answer.token, expiresAt: Date.parse(answer.expiresAt), lifetimeMs: Date.parse(answer.expiresAt) - now(), refreshToken: null, idToken: null });
    },
    signInWithProvider: () => provider.signIn(),
    cancelProviderSignIn: () => provider.cancel(),
    resume: () => provider.resume(),
    async reauthenticate(input) {
      const s = requireSignedIn();
      if (input.method === 'password') await reauthenticateWithPassword(s, input.password);
      else await provider.reauthenticate(s);
      return s.session;
    },
    signOut: () => tokens.endByRep(),
    current: () => tokens.active()?.session ?? null,
    token: () => tokens.active()?.token ?? null,
    watchToken: (listener) => tokens.watch(listener),
    renewAfterRefusal: (usedToken) => tokens.renewAfterRefusal(usedToken),
    requireRepId: () => requireSignedIn().session.user.id,
    clients() {
      const s = tokens.active();
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
      if (error instanceof AppFailure && error.code === 'NOT_SIGNED_IN' && during !== null && tokens.active()?.session === during) tokens.end(error.message, { isTokenRevoked: true });
    },
    async close() {
      provider.cancel();
      await tokens.close();
    },
  };
}
