/**
 * The floor board's dense table of reps: name, state with reason, time in state (ticking), calls
 * handled today and average handle time. One row is in the tab order; arrows, Home, End and Page keys
 * move between rows. Rows are keyed by rep, so a live update re-renders a row in place and the focus
 * stays on the rep it was on.
 */
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { FloorAgent } from '../../../shared/floor/floor-board';
import { averageHandleSeconds } from '../../../shared/floor/summarize-floor';
import { Badge } from '../../ui/badge';
import { describeFloorState, floorStateTone, formatClock, isoDuration, secondsSince } from './format-floor';

/** The team's rows, the caption, and the ticking clock. */
export interface FloorAgentsTableProps {
  readonly caption: string;
  readonly agents: readonly FloorAgent[];
  readonly now: number;
}

const KEY_STEPS: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
  PageDown: (i, last) => Math.min(last, i + 10),
  PageUp: (i) => Math.max(0, i - 10),
};

const Row = memo(function Row({ agent, inState, isActive, onFocus }: { agent: FloorAgent; inState: number | null; isActive: boolean; onFocus: (id: string) => void }) {
  const aht = averageHandleSeconds(agent.handleSeconds, agent.handledCount);
  return (
    <tr data-agent-id={agent.id} tabIndex={isActive ? 0 : -1} onFocus={() => onFocus(agent.id)} className={`floor-row floor-row-${agent.state}`}>
      <th scope="row">{agent.displayName}</th>
      <td><Badge tone={floorStateTone(agent.state)}>{describeFloorState(agent)}</Badge></td>
      <td className="num">{inState === null ? '—' : <time dateTime={isoDuration(inState)}>{formatClock(inState)}</time>}</td>
      <td className="num">{agent.handledCount}</td>
      <td className="num">{aht === null ? '—' : <time dateTime={isoDuration(aht)}>{formatClock(aht)}</time>}</td>
    </tr>
  );
});

/** Renders the table, or a sentence when the team has nobody on it. */
export function FloorAgentsTable({ caption, agents, now }: FloorAgentsTableProps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  if (agents.length === 0) return <p className="table-empty">No reps on this team have signed in yet.</p>;
  const activeIndex = Math.max(0, agents.findIndex((a) => a.id === activeId));

  function handleKeyDown(event: KeyboardEvent<HTMLTableSectionElement>): void {
    const step = KEY_STEPS[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = agents[step(activeIndex, agents.length - 1)];
    if (!next) return;
    setActiveId(next.id);
    [...(body.current?.rows ?? [])].find((row) => row.dataset.agentId === next.id)?.focus();
  }

  return (
    <div className="table-wrap floor-table-wrap">
      <table className="data-table floor-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rep</th>
            <th scope="col">State</th>
            <th scope="col" className="num">Time in state</th>
            <th scope="col" className="num">Handled today</th>
            <th scope="col" className="num">Average handle time</th>
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={handleKeyDown}>
          {agents.map((agent, index) => (
            <Row key={agent.id} agent={agent} inState={secondsSince(agent.since, now)} isActive={index === activeIndex} onFocus={setActiveId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
