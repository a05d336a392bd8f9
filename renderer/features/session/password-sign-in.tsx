/** The password sign-in (the sandbox's fallback when IT set no provider): two labelled fields, errors in an alert, the cursor ready in the first field. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SignInInputSchema } from '../../../shared/domain/session';
import { useConsoleStore } from '../../state/use-console-store';

/** Renders the sign-in form; validation messages come from the shared schema. */
export function PasswordSignIn() {
  const signIn = useConsoleStore((state) => state.signIn);
  const isSigningIn = useConsoleStore((state) => state.isSigningIn);
  const sessionMessage = useConsoleStore((state) => state.sessionMessage);
  const isSandboxBackend = useConsoleStore((state) => state.isSandboxBackend);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const userNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => userNameRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (isSigningIn) return;
    const parsed = SignInInputSchema.safeParse({ username: userNameRef.current?.value ?? '', password: passwordRef.current?.value ?? '' });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setFormMessage(issue?.message ?? 'Enter your user name and password.');
      (issue?.path[0] === 'password' ? passwordRef : userNameRef).current?.focus();
      return;
    }
    setFormMessage(null);
    void signIn(parsed.data);
  }

  const message = formMessage ?? sessionMessage;
  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={handleSubmit} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Rep Console</h1>
        {message ? (
          <p role="alert" className="form-error">
            {message}
          </p>
        ) : null}
        <label className="field">
          <span className="field-label">User name</span>
          <input ref={userNameRef} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} />
        </label>
        <label className="field">
          <span className="field-label">Password</span>
          <input ref={passwordRef} name="password" type="password" autoComplete="current-password" />
        </label>
        {/* Never disabled while busy: disabling the focused button would drop focus to <body>. */}
        <button type="submit" className="button button-primary" aria-disabled={isSigningIn || undefined}>
          Sign in
        </button>
        <p role="status" className="sign-in-status">
          {isSigningIn ? 'Signing in…' : ''}
        </p>
      </form>
      {/* Only the sandbox has these users; a real backend's sign-in page must never advertise accounts. */}
      {isSandboxBackend ? <p className="sandbox-hint">Sandbox users: rep1, rep2, lead1 — password sandbox</p> : null}
    </main>
  );
}
