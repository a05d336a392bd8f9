/** While main waits for the provider's answer (sign-in or unlock): a way to the page if no tab opened, and Cancel. */
import { useConsoleStore } from '../../state/use-console-store';

/** The fallback link (the system browser may not have opened) and the Cancel button. */
export function ProviderWaiting() {
  const pageUrl = useConsoleStore((state) => state.providerPageUrl);
  const cancelProviderSignIn = useConsoleStore((state) => state.cancelProviderSignIn);
  return (
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
  );
}
