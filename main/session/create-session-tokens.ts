/**
 * The one signed-in session and its tokens, over time: the access token in memory, refreshed before it
 * expires (provider sessions) or ended when it does (password sessions); the refresh token sealed in the
 * vault; every end revoking what is still alive. The expiry timer wakes at least every 15 seconds to
 * compare the wall clock: Node's timers stop while the computer sleeps, so one long timer would fire
 * hours late after a night's sleep.
 */
import type { Client } from '../../shared/domain/client';
import type { Session } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { IdentityClient, ProviderTokens } from './create-identity-client';
import type { SignInVault } from './create-sign-in-vault';
import { reportSignInEvent } from './report-sign-in-event';

/** The session and what proves it. Mutable on purpose: a refresh changes the token, never the session. */
export interface SignedIn {
  readonly method: 'password' | 'provider';
  readonly session: Session;
  token: string;
  expiresAt: number;
  /** When to refresh (provider sessions with a refresh token); null: the session ends at expiresAt. */
  refreshAt: number | null;
  refreshToken: string | null;
  idToken: string | null;
  /** Earlier access tokens of this session: revoked at the end while alive; a call made with one is retried with the current one. */
  readonly earlier: { token: string; expiresAt: number }[];
  clients: Promise<readonly Client[]> | null;
  refreshing: Promise<boolean> | null;
}

/** A new session's first tokens. */
export type StartInput = Pick<SignedIn, 'method' | 'session' | 'refreshToken' | 'idToken'> & { accessToken: string; expiresAt: number; lifetimeMs: number };

/** What the session service and the provider sign-in do with the session. */
export type SessionTokens = ReturnType<typeof createSessionTokens>;

export interface SessionTokensDeps {
  readonly backend: () => BackendClient;
  readonly identity: IdentityClient | null;
  readonly vault?: SignInVault;
  readonly openExternal?: (url: string) => void | Promise<void>;
  readonly onEnded?: (message: string) => void;
  readonly onRevokeFailed?: (error: unknown) => void;
  readonly now: () => number;
}

const CHECK_MS = 15_000;
/** Revocation happens as the rep walks away or the console closes: it may not hold either up for long. */
const REVOKE_TIMEOUT_MS = 3_000;
const MAX_EARLIER = 500;
const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Sign in again.';
const RENEW_FAILED_MESSAGE = "Your sign-in could not be renewed: Rep Console can't reach your company account. Sign in again.";

/** Refresh a minute before expiry, or at four fifths of a short lifetime. */
const refreshAtFor = (expiresAt: number, lifetimeMs: number, refreshToken: string | null) => (refreshToken ? expiresAt - Math.min(60_000, lifetimeMs * 0.2) : null);

/** Creates the holder; nothing is signed in. */
export function createSessionTokens(deps: SessionTokensDeps) {
  const { now, identity } = deps;
  let signedIn: SignedIn | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const watchers = new Set<(token: string | null) => void>();
  const notify = (token: string | null) => watchers.forEach((w) => w(token));

  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const schedule = (s: SignedIn, ms: number) => {
    timer = setTimeout(() => arm(s), Math.max(0, Math.min(ms, CHECK_MS)));
    timer.unref?.();
  };

  function save(s: SignedIn): void {
    if (s.method !== 'provider' || !identity || !s.refreshToken) return;
    deps.vault?.save({ issuer: identity.issuer, clientId: identity.clientId, refreshToken: s.refreshToken, idToken: s.idToken, user: s.session.user, signedInAt: s.session.signedInAt });
  }

  /** The tokens of `s` the backend may still accept. */
  const liveTokens = (s: SignedIn, isCurrentIncluded: boolean) => [...s.earlier.filter((e) => e.expiresAt > now()).map((e) => e.token), ...(isCurrentIncluded ? [s.token] : [])];

  async function revokeAtBackend(tokens: readonly string[]): Promise<void> {
    await Promise.all(tokens.map(async (token) => {
      try {
        await deps.backend().call('revokeSession', { token, timeoutMs: REVOKE_TIMEOUT_MS, maxRetries: 0 });
      } catch (error) {
        // NOT_SIGNED_IN: the backend had already ended it, which is the outcome asked for.
        if (!(error instanceof AppFailure && error.code === 'NOT_SIGNED_IN')) deps.onRevokeFailed?.(error);
      }
    }));
  }
  const revokeAtProvider = (refreshToken: string | null) => (identity && refreshToken ? identity.revoke(refreshToken).catch((error: unknown) => deps.onRevokeFailed?.(error)) : Promise.resolve());

  /** Forgets the session here at once; returns it, for revocation. */
  function forget(): SignedIn | null {
    const s = signedIn;
    signedIn = null;
    clearTimer();
    if (s) notify(null);
    return s;
  }

  function end(message: string, { isTokenRevoked }: { isTokenRevoked: boolean }): void {
    const s = forget();
    if (!s) return;
    deps.vault?.clear();
    void revokeAtBackend(liveTokens(s, !isTokenRevoked));
    void revokeAtProvider(s.refreshToken);
    deps.onEnded?.(message);
  }

  function arm(s: SignedIn): void {
    clearTimer();
    if (signedIn !== s) return;
    const t = now();
    if (s.refreshAt === null) {
      // Revoked even though it expired here: the backend's clock may still think it valid.
      if (s.expiresAt <= t) return end(SESSION_EXPIRED_MESSAGE, { isTokenRevoked: false });
      return schedule(s, s.expiresAt - t);
    }
    if (t >= s.refreshAt) return void refresh(s);
    schedule(s, s.refreshAt - t);
  }

  function replace(s: SignedIn, next: ProviderTokens): void {
    s.earlier.push({ token: s.token, expiresAt: s.expiresAt });
    if (s.earlier.length > MAX_EARLIER) s.earlier.shift();
    s.token = next.accessToken;
    s.expiresAt = next.expiresAt;
    s.refreshToken = next.refreshToken ?? (s.method === 'provider' ? s.refreshToken : null);
    s.idToken = next.idToken ?? s.idToken;
    s.refreshAt = refreshAtFor(next.expiresAt, next.lifetimeMs, s.refreshToken);
    save(s);
    notify(s.token);
    arm(s);
  }

  function refresh(s: SignedIn): Promise<boolean> {
    if (!identity || !s.refreshToken) return Promise.resolve(false);
    s.refreshing ??= identity
      .refresh(s.refreshToken)
      .then((next) => {
        if (signedIn !== s) {
          // Signed out while the refresh was on its way: its new refresh token must not outlive the session.
          void revokeAtProvider(next.refreshToken);
          return false;
        }
        if (next.user && next.user.id !== s.session.user.id) {
          end(RENEW_FAILED_MESSAGE, { isTokenRevoked: false });
          return false;
        }
        replace(s, next);
        return true;
      })
      .catch((error: unknown) => {
        if (signedIn !== s) return false;
        const isRefused = error instanceof AppFailure && error.code === 'NOT_SIGNED_IN';
        if (isRefused || now() >= s.expiresAt) end(isRefused ? error.message : RENEW_FAILED_MESSAGE, { isTokenRevoked: false });
        else schedule(s, CHECK_MS);
        return false;
      })
      .finally(() => {
        s.refreshing = null;
      });
    return s.refreshing;
  }

  return {
    /** The session, after ending a password session whose token expired (its timer may not have woken yet). */
    active(): SignedIn | null {
      if (signedIn && signedIn.refreshAt === null && signedIn.expiresAt <= now()) end(SESSION_EXPIRED_MESSAGE, { isTokenRevoked: false });
      return signedIn;
    },
    watch(listener: (token: string | null) => void): () => void {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
    /** Makes `input` the session; throws NOT_SIGNED_IN for a token already past its expiry (a clock far off). */
    start(input: StartInput): Session {
      const s: SignedIn = { ...input, token: input.accessToken, refreshAt: refreshAtFor(input.expiresAt, input.lifetimeMs, input.refreshToken), earlier: [], clients: null, refreshing: null };
      if (input.expiresAt <= now()) {
        void revokeAtBackend([input.accessToken]);
        throw new AppFailure('NOT_SIGNED_IN', `${SESSION_EXPIRED_MESSAGE} If this repeats, tell IT: this computer's clock may be wrong.`);
      }
      signedIn = s;
      save(s);
      notify(s.token);
      arm(s);
      return s.session;
    },
    replace,
    end,
    revokeAtBackend,
    revokeAtProvider,
    /**
     * Sign-out: the provider's sign-out page opened first (a browser lets a page open a tab only shortly
     * after the rep's click), the audit entry while the token still works, then every token revoked.
     */
    async endByRep(): Promise<void> {
      const s = signedIn;
      if (!s) return;
      const endSession = s.method === 'provider' && identity && deps.openExternal
        ? identity.endSessionUrl(s.idToken).then((url) => (url ? deps.openExternal?.(url) : undefined)).catch(() => undefined)
        : Promise.resolve();
      if (s.method === 'provider') await reportSignInEvent(deps.backend(), s.token, 'signed_out');
      if (signedIn === s) {
        forget();
        deps.vault?.clear();
        await Promise.all([revokeAtBackend(liveTokens(s, true)), revokeAtProvider(s.refreshToken)]);
      }
      await endSession;
    },
    /** Another sign-in takes over this desk: everything revoked, quietly (no audit line, no provider page, no "ended" message). */
    async discard(): Promise<void> {
      const s = forget();
      if (!s) return;
      deps.vault?.clear();
      await Promise.all([revokeAtBackend(liveTokens(s, true)), revokeAtProvider(s.refreshToken)]);
    },
    async renewAfterRefusal(usedToken: string): Promise<string | null> {
      const s = signedIn;
      if (!s) return null;
      if (s.earlier.some((e) => e.token === usedToken)) return s.token;
      if (usedToken !== s.token || s.method !== 'provider') return null;
      return (await refresh(s)) && signedIn === s ? s.token : null;
    },
    /** The console is closing: the backend tokens are revoked, a sealed refresh token stays for the next start. */
    async close(): Promise<void> {
      const s = forget();
      if (s) await revokeAtBackend(liveTokens(s, true));
    },
  };
}
