/**
 * What the console tells a rep or lead outside any screen: a lead-only command asked for by a rep,
 * and decisions team leads made on this user's requests (with the confirmation number and the
 * reason). The newest is read out politely by screen readers; each stays visible until dismissed.
 */
import { useConsoleStore } from '../../state/use-console-store';
import { describeDecision } from './describe-decision';

/** Renders the live line and the visible notices. */
export function LeadNotices() {
  const leadNotice = useConsoleStore((state) => state.leadNotice);
  const notices = useConsoleStore((state) => state.decisionNotices);
  const dismiss = useConsoleStore((state) => state.dismissDecisionNotice);
  const clearLeadNotice = useConsoleStore((state) => state.clearLeadNotice);
  const newest = leadNotice ?? (notices[0] ? describeDecision(notices[0]) : '');
  return (
    <>
      <p role="status" className="sr-only">
        {newest}
      </p>
      {leadNotice || notices.length > 0 ? (
        <ul className="notices" aria-label="Notices">
          {leadNotice ? (
            <li className="notice">
              <span>{leadNotice}</span>
              <button type="button" className="button button-small" onClick={clearLeadNotice}>
                Dismiss
              </button>
            </li>
          ) : null}
          {notices.map((notice) => (
            <li key={notice.noticeId} className={`notice notice-${notice.decision}`}>
              <span>{describeDecision(notice)}</span>
              <button type="button" className="button button-small" aria-label={`Dismiss: ${describeDecision(notice)}`} onClick={() => dismiss(notice.noticeId)}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
