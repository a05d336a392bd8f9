/**
 * The team area's Floor board, live: the team's totals, every rep's state (time in state ticking) and
 * today's calls, and two small charts. Main keeps the board from the backend's floor stream and pushes
 * it at most ten times a second; updates re-render rows in place and never move focus. A polite live
 * region says only what a lead must hear (use-floor-announcement.ts). Loaded lazily with its chart
 * library (renderer/features/lead/lead-screens.ts); never imported by rep start-up code.
 */
import { useEffect, useRef } from 'react';
import { useConsoleStore } from '../../state/use-console-store';
import { useNow } from '../clock/use-now';
import { FloorAgentsTable } from './floor-agents-table';
import { CallsByDispositionChart, HandleTimeByHourChart } from './floor-charts';
import { FloorTotals } from './floor-totals';
import { useFloorAnnouncement } from './use-floor-announcement';

const FEED_WORDS = { connected: 'Live', connecting: 'Reconnecting: figures may be behind', off: 'Not live: figures may be behind' } as const;

const businessDay = (isoDate: string) => new Date(`${isoDate}T12:00:00`).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });

/** Renders the board; it follows main's changes while on screen. */
export default function FloorBoard() {
  const floor = useConsoleStore((state) => state.floor);
  const error = useConsoleStore((state) => state.floorError);
  const openFloor = useConsoleStore((state) => state.openFloor);
  const closeFloor = useConsoleStore((state) => state.closeFloor);
  const now = useNow(1_000);
  const announcement = useFloorAnnouncement(floor, now);
  const root = useRef<HTMLDivElement>(null);
  const board = floor?.board ?? null;
  const hasBoard = board !== null;

  useEffect(() => {
    void openFloor();
    return closeFloor;
  }, [openFloor, closeFloor]);
  useEffect(() => {
    // Once the board first shows, the keyboard starts on the rep table — unless the lead is already elsewhere.
    const active = document.activeElement;
    const region = root.current?.closest('section');
    if (!hasBoard || (active && active !== document.body && active !== region)) return;
    root.current?.querySelector<HTMLElement>('tbody tr[tabindex="0"]')?.focus();
  }, [hasBoard]);

  return (
    <div className="floor-board" ref={root}>
      <div className="floor-heading">
        {/* h1: the screen stands in for the member area (and its h1) while it is open. */}
        <h1>Floor board</h1>
        {floor && board ? (
          <p className="floor-status">
            {board.teamName} · {businessDay(board.businessDate)} · <span className={`floor-feed floor-feed-${floor.feed}`}>{FEED_WORDS[floor.feed]}</span>
          </p>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="sr-only">{announcement}</p>
      {error ? <p role="alert" className="floor-error">{error}</p> : null}
      {board ? (
        <>
          <FloorTotals board={board} now={now} />
          <FloorAgentsTable caption={`Reps on ${board.teamName}`} agents={board.agents} now={now} />
          <div className="floor-charts">
            <HandleTimeByHourChart hours={board.handleTimeByHour} />
            <CallsByDispositionChart dispositions={board.callsByDisposition} />
          </div>
        </>
      ) : error ? null : <p className="floor-loading">Loading the floor board…</p>}
    </div>
  );
}
