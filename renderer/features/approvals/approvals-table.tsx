/**
 * The queue as a table, oldest first: the request, the member, who asked and why, the amount, when.
 * Each row's Decide button is one Tab stop apart, and ↑ ↓ move between rows; Enter opens the decision.
 * A lead's own request shows why they cannot decide it instead of a working button.
 */
import type { KeyboardEvent } from 'react';
import type { ApprovalQueueItem } from '../../../shared/api/approval-routes';
import { DateText } from '../../ui/date-text';
import { formatDateTime } from '../../ui/format-date-time';
import { Money } from '../../ui/money';
import { describeRequest } from './describe-request';

/** The rows, who is looking (their own requests cannot be decided), and what Decide does. */
export interface ApprovalsTableProps {
  readonly items: readonly ApprovalQueueItem[];
  readonly userId: string;
  readonly onDecide: (item: ApprovalQueueItem) => void;
}

/** Moves focus to the Decide button of the row above or below. */
function moveBetweenRows(event: KeyboardEvent<HTMLTableSectionElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-decide]')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0 || buttons.length === 0) return;
  event.preventDefault();
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
  buttons[next]?.focus();
}

/** Renders the table. */
export function ApprovalsTable({ items, userId, onDecide }: ApprovalsTableProps) {
  return (
    <table className="data-table approvals-table">
      <caption>Waiting for a team lead, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Request</th>
          <th scope="col">Member</th>
          <th scope="col">Asked by</th>
          <th scope="col">Reason</th>
          <th scope="col" className="num">Amount</th>
          <th scope="col">Asked</th>
          <th scope="col">Decision</th>
        </tr>
      </thead>
      <tbody onKeyDown={moveBetweenRows}>
        {items.map((item) => {
          const isOwn = item.requestedById === userId;
          const request = describeRequest(item);
          return (
            <tr key={item.id}>
              <td>{request}</td>
              <td>
                {item.memberName} <span className="mono">{item.memberId}</span>
              </td>
              <td>{item.requestedBy}</td>
              <td className="wide">{item.reason}</td>
              <td className="num">{item.amountCents === null ? '—' : <Money cents={item.amountCents} />}</td>
              <td>
                <DateText iso={item.requestedOn} /> <span className="muted">{formatDateTime(item.requestedAt, 'time')}</span>
              </td>
              <td>
                <button
                  type="button"
                  className="button"
                  data-decide
                  aria-disabled={isOwn || undefined}
                  aria-label={isOwn ? `Yours: another lead decides (${request}, ${item.memberName})` : `Decide: ${request}, ${item.memberName}`}
                  onClick={() => (isOwn ? undefined : onDecide(item))}
                >
                  {isOwn ? 'Yours: another lead decides' : 'Decide'}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
