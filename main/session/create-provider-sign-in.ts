/**
 * Single sign-on as the session service uses it: one browser attempt at a time (a second click
 * restarts it, Cancel stops it), the silent sign-in a restart makes with the sealed refresh token, and
 * re-authentication of the same person for unlocking. Tokens of anyone else are revoked, never kept.
 */
import type { Session, User } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { IdentityClient, ProviderTokens } from './create-identity-client';
import type { SignInVault } from './create-sign-in-vault';
import type { SessionTokens, SignedIn } from './create-session-tokens';
import { reportSignInEvent } from './report-sign-in-event';

/** The session service's parts this needs. */
export interface ProviderSignInDeps {
  readonly backend: () => BackendClient;
  readonly identity: IdentityClient | null;
  readonly vault?: SignInVault;
  readonly tokens: SessionTokens;
  readonly now: () => number;
}

const NO_PROVIDER = 'No company account is set up for this console. Sign in with your user name and password.';

/** Creates the provider side; every method refuses INVALID_INPUT when policy names no provider. */
export function createProviderSignIn(deps: ProviderSignInDeps) {
  const { identity, tokens } = deps;
  let attempt: AbortController | null = null;
  let resumed: Promise<Session | null> | null = null;

  const dropTokens = (t: ProviderTokens) => void Promise.all([tokens.revokeAtBackend([t.accessToken]), tokens.revokeAtProvider(t.refreshToken)]);

  async function runAttempt(isPasswordRequired: boolean): Promise<ProviderTokens & { user: User }> {
    if (!identity) throw new AppFailure('INVALID_INPUT', NO_PROVIDER);
    attempt?.abort();
    const controller = new AbortController();
    attempt = controller;
    try {
      const t = await identity.signIn({ signal: controller.signal, isPasswordRequired });
      if (!t.user) throw new AppFailure('SIGN_IN_FAILED', 'Your company account signed you in without an ID token. Tell IT: Rep Console needs the openid scope.');
      if (controller.signal.aborted) {
        dropTokens(t);
        throw new AppFailure('SIGN_IN_CANCELLED', 'Sign-in cancelled.');
      }
      return { ...t, user: t.user };
    } finally {
      if (attempt === controller) attempt = null;
    }
  }

  const start = (t: ProviderTokens, session: Session) =>
    tokens.start({ method: 'provider', session, accessToken: t.accessToken, expiresAt: t.expiresAt, lifetimeMs: t.lifetimeMs, refreshToken: t.refreshToken, idToken: t.idToken });

  return {
    async signIn(): Promise<Session> {
      const t = await runAttempt(false);
      // Signing in over a session (another rep at this desk) must not leave the first one's tokens alive.
      await tokens.discard();
      const session = start(t, { user: t.user, signedInAt: new Date(deps.now()).toISOString() });
      void reportSignInEvent(deps.backend(), t.accessToken, 'signed_in');
      return session;
    },
    cancel(): void {
      attempt?.abort();
    },
    resume(): Promise<Session | null> {
      resumed ??= (async () => {
        const stored = identity ? deps.vault?.load(identity.issuer, identity.clientId) : null;
        if (!identity || !stored || tokens.active()) return null;
        try {
          const t = await identity.refresh(stored.refreshToken);
          const user = t.user ?? stored.user;
          if (user.id !== stored.user.id || tokens.active()) {
            dropTokens(t);
            return null;
          }
          return start({ ...t, refreshToken: t.refreshToken ?? stored.refreshToken, idToken: t.idToken ?? stored.idToken }, { user, signedInAt: stored.signedInAt });
        } catch (error) {
          // Refused: the saved sign-in is dead. Unreachable: it may work at the next start.
          if (error instanceof AppFailure && error.code === 'NOT_SIGNED_IN') deps.vault?.clear();
          return null;
        }
      })();
      return resumed;
    },
    async reauthenticate(s: SignedIn): Promise<void> {
      if (s.method !== 'provider') throw new AppFailure('INVALID_INPUT', 'Unlock with your password: this console signs in with it.');
      const t = await runAttempt(true);
      if (t.user.id !== s.session.user.id) {
        dropTokens(t);
        throw new AppFailure('DIFFERENT_USER', `That was ${t.user.displayName}'s company account, but this console is signed in as ${s.session.user.displayName}. Only they can unlock it; anyone else signs out first.`);
      }
      if (tokens.active() !== s) {
        dropTokens(t);
        throw new AppFailure('NOT_SIGNED_IN', 'Your session has ended. Sign in again.');
      }
      // The earlier refresh token is not revoked: at many providers (this sandbox's too) that revokes the
      // whole grant, the new tokens with it. It ends with the provider session, or at sign-out.
      tokens.replace(s, t);
    },
  };
}
