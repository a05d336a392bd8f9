/**
 * What a flow shows instead of its first step when the record says it cannot happen (no plan year
 * the member can join, nothing to opt out of): the reasons to read to the caller, and Close.
 */
import { Dialog } from '../../ui/dialog';

/** The flow's title, the lead sentence, and one reason per line, as the backend wrote them. */
export interface FlowBlockedNoticeProps {
  readonly title: string;
  readonly lead: string;
  readonly reasons: readonly string[];
  readonly onClose: () => void;
}

/** Renders the notice; the reasons are the dialog's description, so they are read when it opens. */
export function FlowBlockedNotice({ title, lead, reasons, onClose }: FlowBlockedNoticeProps) {
  const description = (
    <div className="flow-blocked">
      <p>{lead}</p>
      {reasons.length > 0 ? (
        <ul className="flow-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
  return (
    <Dialog title={title} onClose={onClose} description={description} className="flow-dialog">
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
