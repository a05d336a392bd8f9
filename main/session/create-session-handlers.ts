/**
 * The session channels of the contract: the sign-in options, password and single sign-on sign-in,
 * cancelling a sign-in waiting for the browser, sign-out, and the current session — which, on the first
 * ask after a start, is the silent sign-in with the refresh token the last run sealed. What the rest of
 * the console does around a sign-in or sign-out is the composition's business, passed in as hooks.
 */
import type { InvokeHandlers } from '../ipc/handlers';
import type { Logger } from '../logging/create-logger';
import type { SessionService } from './create-session-service';

type SessionChannel = 'session:get-current' | 'session:get-sign-in-options' | 'session:sign-in' | 'session:sign-in-with-provider' | 'session:cancel-provider-sign-in' | 'session:sign-out';

/** The session and what happens around it. */
export interface SessionHandlerDeps {
  readonly session: SessionService;
  /** After any sign-in (password, provider, silent): the console's per-rep services start. */
  readonly afterSignIn: () => Promise<void>;
  /** Before the session's tokens go: the services stop using them (and report the rep offline with them). */
  readonly beforeSignOut: () => Promise<void>;
  readonly afterSignOut: () => void;
  readonly logger: Logger;
}

/** Builds the handlers; the silent sign-in is tried once per process. */
export function createSessionHandlers(deps: SessionHandlerDeps): Pick<InvokeHandlers, SessionChannel> {
  const { session, logger } = deps;
  let resuming: Promise<void> | null = null;
  const resumeOnce = () => {
    resuming ??= session.resume().then(
      async (resumed) => {
        if (!resumed) return;
        logger.info({ method: 'provider' }, 'signed in again silently with the saved sign-in');
        await deps.afterSignIn();
      },
      (error: unknown) => logger.warn({ err: error }, 'could not sign in again silently'),
    );
    return resuming;
  };
  const signedIn = async <T>(signIn: Promise<T>): Promise<T> => {
    const result = await signIn;
    await deps.afterSignIn();
    return result;
  };
  return {
    'session:get-current': async () => {
      await resumeOnce();
      return session.current();
    },
    'session:get-sign-in-options': async () => session.signInOptions(),
    'session:sign-in': (input) => signedIn(session.signIn(input)),
    'session:sign-in-with-provider': async () => {
      await resumeOnce();
      return signedIn(session.signInWithProvider());
    },
    'session:cancel-provider-sign-in': async () => {
      session.cancelProviderSignIn();
      return null;
    },
    'session:sign-out': async () => {
      await deps.beforeSignOut();
      await session.signOut();
      deps.afterSignOut();
      return null;
    },
  };
}
