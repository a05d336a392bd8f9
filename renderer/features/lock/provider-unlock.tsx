/**
 * Unlocking through the company's identity provider: main opens its sign-in page in the browser (it
 * asks for the password again), the screen waits with a Cancel and a link in case no tab opened. The
 * console never sees the company password.
 */
import { useConsoleStore } from '../../state/use-console-store';
import { ProviderWaiting } from '../session/provider-waiting';

/** The provider's unlock button, and while it waits, the link and Cancel. */
export function ProviderUnlock() {
  const isUnlocking = useConsoleStore((state) => state.isUnlocking);
  const unlockConsole = useConsoleStore((state) => state.unlockConsole);
  return (
    <div className="lock-form">
      {/* Never disabled while busy: disabling the focused button would drop focus to <body>. */}
      <button type="button" className="button button-primary" aria-disabled={isUnlocking || undefined} onClick={() => void (isUnlocking ? undefined : unlockConsole({ method: 'provider' }))}>
        Unlock with your company account
      </button>
      {isUnlocking ? <ProviderWaiting /> : null}
    </div>
  );
}
