/**
 * Announces the diagnostics export: "Exporting…", then the path to pass to IT, or why it failed.
 * The polite region is always in the page, so a screen reader hears the change when it comes (no
 * role: an empty status or alert would sit among the console's real ones); a failure is an alert.
 */
import { useConsoleStore } from '../../state/use-console-store';

/** Renders the notice in the corner, with a button to put it away once it is done. */
export function DiagnosticsNotice() {
  const notice = useConsoleStore((state) => state.diagnostics);
  const dismiss = useConsoleStore((state) => state.dismissDiagnostics);
  const status =
    notice?.status === 'exporting' ? 'Exporting diagnostics…'
    : notice?.status === 'saved' ? `Diagnostics saved to ${notice.path}`
    : '';
  return (
    <div className={notice ? 'diagnostics-notice' : 'diagnostics-notice diagnostics-notice-idle'}>
      <p aria-live="polite" aria-atomic="true" className="diagnostics-text">
        {status}
      </p>
      {notice?.status === 'failed' ? (
        <p role="alert" className="diagnostics-text diagnostics-error">
          {notice.message}
        </p>
      ) : null}
      {notice && notice.status !== 'exporting' ? (
        <button type="button" className="button button-small diagnostics-dismiss" onClick={dismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
