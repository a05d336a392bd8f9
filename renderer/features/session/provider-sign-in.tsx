/**
 * Single sign-on: one button that has main open the company's sign-in page in the browser, then a
 * status while the rep finishes there, a Cancel, and a link to open the page again if no tab appeared.
 * No password field: the console never sees the company password.
 */
import { useEffect, useRef } from 'react';
import { useConsoleStore } from '../../state/use-console-store';
import { ProviderWaiting } from './provider-waiting';

/** Renders the provider sign-in; errors from main are announced in an alert. */
export function ProviderSignIn() {
  const signInWithProvider = useConsoleStore((state) => state.signInWithProvider);
  const isSigningIn = useConsoleStore((state) => state.isSigningIn);
  const sessionMessage = useConsoleStore((state) => state.sessionMessage);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => startRef.current?.focus(), []);
  // Cancel disappears when the attempt ends: focus goes back to the button that starts one.
  useEffect(() => {
    if (!isSigningIn && document.activeElement === document.body) startRef.current?.focus();
  }, [isSigningIn]);

  return (
    <main className="sign-in">
      <section className="sign-in-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Rep Console</h1>
        {sessionMessage ? (
          <p role="alert" className="form-error">
            {sessionMessage}
          </p>
        ) : null}
        <p>You sign in with your company account, in your web browser.</p>
        {/* Never disabled while busy: disabling the focused button would drop focus to <body>. */}
        <button ref={startRef} type="button" className="button button-primary" aria-disabled={isSigningIn || undefined} onClick={() => void (isSigningIn ? undefined : signInWithProvider())}>
          Sign in with your company account
        </button>
        <p role="status" className="sign-in-status">
          {isSigningIn ? 'Finish signing in in your browser…' : ''}
        </p>
        {isSigningIn ? <ProviderWaiting /> : null}
      </section>
    </main>
  );
}
