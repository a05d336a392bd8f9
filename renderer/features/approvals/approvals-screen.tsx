/**
 * The team lead's approvals queue (loaded only when a lead opens it): back-dates beyond a client's
 * window and refunds above its threshold, for the lead's clients, oldest first. Focus starts on the
 * first Decide button; a decision leaves the queue at once and focus goes to the next request.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApprovalQueueItem } from '../../../shared/api/approval-routes';
import { useConsoleStore } from '../../state/use-console-store';
import { ApprovalsTable } from './approvals-table';
import { DecideDialog } from './decide-dialog';

/** Renders the queue and, while one is being decided, its dialog. */
export default function ApprovalsScreen() {
  const queue = useConsoleStore((state) => state.approvalsQueue);
  const loadApprovals = useConsoleStore((state) => state.loadApprovals);
  const userId = useConsoleStore((state) => state.session?.user.id ?? '');
  const [deciding, setDeciding] = useState<ApprovalQueueItem | null>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadApprovals();
  }, [loadApprovals]);
  const count = queue.status === 'loaded' ? queue.items.length : null;
  const lastIndex = useRef(0);
  useEffect(() => {
    // Into the queue once its rows are there, and back to the next request after one is decided (its row
    // is gone, so the dialog had nowhere to return focus) — unless the lead already moved on.
    const active = document.activeElement;
    if (deciding || count === null || (active !== document.body && active !== body.current?.closest('.lead-area'))) return;
    const buttons = [...(body.current?.querySelectorAll<HTMLButtonElement>('button[data-decide]') ?? [])];
    (buttons[Math.min(lastIndex.current, buttons.length - 1)] ?? body.current?.querySelector<HTMLButtonElement>('button[data-refresh]'))?.focus();
  }, [count, deciding]);

  function startDeciding(item: ApprovalQueueItem): void {
    lastIndex.current = queue.status === 'loaded' ? Math.max(0, queue.items.indexOf(item)) : 0;
    setDeciding(item);
  }

  function closeDialog(): void {
    setDeciding(null);
  }

  return (
    <div className="approvals-screen" ref={body}>
      <div className="approvals-heading">
        <h1>Approvals queue</h1>
        <button type="button" className="button" data-refresh onClick={() => void loadApprovals()}>
          Refresh
        </button>
      </div>
      <p role="status" className="muted">
        {queue.status === 'loading' ? 'Loading the requests waiting for you…' : count === null ? '' : count === 0 ? 'Nothing waits for a decision.' : `${count} ${count === 1 ? 'request waits' : 'requests wait'} for a decision.`}
      </p>
      {queue.status === 'failed' ? (
        <p role="alert" className="alert-error">
          {queue.message}
        </p>
      ) : null}
      {queue.status === 'loaded' && queue.items.length > 0 ? <ApprovalsTable items={queue.items} userId={userId} onDecide={startDeciding} /> : null}
      {deciding ? <DecideDialog key={deciding.id} item={deciding} onClose={closeDialog} /> : null}
    </div>
  );
}
