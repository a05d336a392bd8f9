/**
 * Unlocking through the company's identity provider: main opens its sign-in page in the browser (it
 * asks for the password again), the screen waits with a Cancel and a link in case no tab opened. The
 * console never sees the company password.
 */
import { useConsoleStore } from '../../state/use-console-store';

/** The provider's unlock button, and while it waits, the link and Cancel. */
export function ProviderUnlock() {
  const isUnlocking = useConsoleStore((state) => state.isUnlocking);
  const unlockConsole = useConsoleStore((state) => state.unlockConsole);
  const cancelProviderSignIn = useConsoleStore((state) => state.cancelProviderSignIn);
  const pageUrl = useConsoleStore((state) => state.providerPageUrl);
  return (
    <div className="lock-form">
      {/* Never disabled while busy: disabling the focused button would drop focus to <body>. */}
      <button type="button" className="button button-primary" aria-disabled={isUnlocking || undefined} onClick={() => void (isUnlocking ? undefined : unlockConsole({ method: 'provider' }))}>
        Unlock with your company account
      </button>
      {isUnlocking ? (
        <>
          {pageUrl ? (
            <p>
              No browser tab opened?{' '}
              <a href={pageUrl} target="_blank" rel="noopener noreferrer">
                Open the sign-in page
              </a>
            </p>
          ) : null}
          <button type="button" className="button" onClick={() => void cancelProviderSignIn()}>
            Cancel
          </button>
        </>
      ) : null}
    </div>
  );
}
