/**
 * The team's figures above the table: calls waiting and the longest wait (ticking), calls handled
 * today and the average handle time, and how many reps are in each state. All computed from the
 * board main sent (shared/floor/summarize-floor.ts), never kept.
 */
import type { AgentState } from '../../../shared/calls/call-events';
import type { FloorSnapshot } from '../../../shared/floor/floor-board';
import { summarizeFloor } from '../../../shared/floor/summarize-floor';
import { floorStateLabel, formatClock, isoDuration, secondsSince } from './format-floor';

const STATES: readonly AgentState[] = ['available', 'on_call', 'wrap_up', 'away', 'offline'];

/** The longest wait is at least a minute, or five calls wait: the queue needs the lead's eye. */
export function isQueueAlert(waitingCount: number, longestWaitSeconds: number | null): boolean {
  return waitingCount >= 5 || (longestWaitSeconds ?? 0) >= 60;
}

/** The board and the ticking clock. */
export function FloorTotals({ board, now }: { readonly board: FloorSnapshot; readonly now: number }) {
  const summary = summarizeFloor(board);
  const longest = secondsSince(board.queue.oldestWaitingSince, now);
  const isAlert = isQueueAlert(board.queue.waitingCount, longest);
  return (
    <section aria-label="Team totals" className="floor-totals">
      <dl className={`floor-figures${isAlert ? ' floor-figures-alert' : ''}`}>
        <div><dt>Calls waiting</dt><dd>{board.queue.waitingCount}</dd></div>
        <div><dt>Longest wait</dt><dd>{longest === null ? '—' : <time dateTime={isoDuration(longest)}>{formatClock(longest)}</time>}</dd></div>
        <div><dt>Handled today</dt><dd>{summary.handledCount}</dd></div>
        <div>
          <dt>Average handle time</dt>
          <dd>{summary.averageHandleSeconds === null ? '—' : <time dateTime={isoDuration(summary.averageHandleSeconds)}>{formatClock(summary.averageHandleSeconds)}</time>}</dd>
        </div>
      </dl>
      <ul className="floor-states" aria-label="Reps by state">
        {STATES.map((state) => <li key={state}>{floorStateLabel(state)}: <strong>{summary.byState[state]}</strong></li>)}
      </ul>
    </section>
  );
}
