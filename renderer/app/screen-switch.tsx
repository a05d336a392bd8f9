/** Picks the screen from what main said about the session: starting up, sign-in, or the console. */
import { LockGate } from '../features/lock/lock-gate';
import { SignInScreen } from '../features/session/sign-in-screen';
import { useConsoleStore } from '../state/use-console-store';
import { ConsoleShell } from './console-shell';

/** Renders the one screen that matches the session. */
export function ScreenSwitch() {
  const hasLoadedSession = useConsoleStore((state) => state.hasLoadedSession);
  const isSignedIn = useConsoleStore((state) => state.session !== null);
  if (!hasLoadedSession) {
    return (
      <main className="startup">
        <h1>Rep Console</h1>
        <p role="status">Starting…</p>
      </main>
    );
  }
  return isSignedIn ? (
    <LockGate>
      <ConsoleShell />
    </LockGate>
  ) : (
    <SignInScreen />
  );
}
