/**
 * The fake bridge's single sign-on: what getSignInOptions says (no provider unless a test sets one),
 * a provider sign-in that waits until the test finishes it, fails it or the rep cancels, and the
 * open-external event main sends the page.
 */
import type { Session } from '../../../../shared/domain/session';
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import type { AppError, Result } from '../../../../shared/ipc/result';
import type { OpenExternal, SignInOptions } from '../../../../shared/ipc/views';

type AnswerFn = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** The sign-on methods for the bridge and the handles a test acts as main with. */
export interface FakeSession {
  readonly api: Pick<RepConsoleApi, 'getSignInOptions' | 'signInWithProvider' | 'cancelProviderSignIn' | 'onOpenExternal'>;
  /** Makes getSignInOptions name a provider (single sign-on) from now on. */
  useProvider(issuer?: string): void;
  /** Whether a provider sign-in is waiting for the browser. */
  isProviderSignInWaiting(): boolean;
  /** The browser came back: the waiting sign-in answers this session. */
  finishProviderSignIn(session: Session): void;
  failProviderSignIn(error: AppError): void;
  emitOpenExternal(url: string): void;
}

/** Builds the fake; `onSignedIn` sets the session the rest of the fake answers with. */
export function createFakeSession(answer: AnswerFn, onSignedIn: (session: Session) => void): FakeSession {
  let options: SignInOptions = { provider: null, isPasswordAllowed: true };
  let waiting: ((result: Result<Session>) => void) | null = null;
  const listeners = new Set<(payload: OpenExternal) => void>();
  const settle = (result: Result<Session>) => {
    const resolve = waiting;
    waiting = null;
    resolve?.(result);
  };
  return {
    api: {
      getSignInOptions: () => answer('getSignInOptions', () => options),
      signInWithProvider: () => new Promise((resolve) => (waiting = resolve)),
      cancelProviderSignIn: () =>
        answer('cancelProviderSignIn', () => {
          settle({ ok: false, error: { code: 'SIGN_IN_CANCELLED', message: 'Sign-in cancelled.' } });
          return null;
        }),
      onOpenExternal: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    useProvider(issuer = 'https://login.example-plan.com') {
      options = { provider: { issuer }, isPasswordAllowed: false };
    },
    isProviderSignInWaiting: () => waiting !== null,
    finishProviderSignIn(session) {
      onSignedIn(session);
      settle({ ok: true, value: session });
    },
    failProviderSignIn: (error) => settle({ ok: false, error }),
    emitOpenExternal: (url) => listeners.forEach((listener) => listener({ url })),
  };
}
