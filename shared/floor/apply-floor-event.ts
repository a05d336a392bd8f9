/**
 * Applies one floor event to the board a reader holds (main's feed): a snapshot replaces it, a delta
 * replaces the rows it carries. Pure, and idempotent per event, so a replayed delta changes nothing.
 */
import type { FloorAgent, FloorDisposition, FloorHour, FloorSnapshot } from './floor-board';
import type { FloorEvent } from './floor-events';

/** The board's order: by name, then id (two reps may share a name). */
export function compareFloorAgents(a: FloorAgent, b: FloorAgent): number {
  return a.displayName.localeCompare(b.displayName, 'en') || a.id.localeCompare(b.id);
}

/** Most calls first, then by label: the chart's order. */
export function compareDispositions(a: FloorDisposition, b: FloorDisposition): number {
  return b.count - a.count || a.label.localeCompare(b.label, 'en');
}

function upsertAgent(agents: readonly FloorAgent[], agent: FloorAgent): FloorAgent[] {
  const at = agents.findIndex((a) => a.id === agent.id);
  if (at >= 0) return agents.map((a, i) => (i === at ? agent : a));
  return [...agents, agent].sort(compareFloorAgents);
}

function upsertHour(hours: readonly FloorHour[], hour: FloorHour): FloorHour[] {
  return [...hours.filter((h) => h.hourStart !== hour.hourStart), hour].sort((a, b) => Date.parse(a.hourStart) - Date.parse(b.hourStart));
}

function upsertDisposition(list: readonly FloorDisposition[], item: FloorDisposition): FloorDisposition[] {
  return [...list.filter((d) => d.code !== item.code), item].sort(compareDispositions);
}

/** The board after `event`; `board` is null before the first snapshot (deltas then wait for one). */
export function applyFloorEvent(board: FloorSnapshot | null, event: FloorEvent): FloorSnapshot | null {
  if (event.type === 'snapshot') return event.snapshot;
  if (!board) return null;
  switch (event.type) {
    case 'agent':
      return { ...board, agents: upsertAgent(board.agents, event.agent) };
    case 'queue':
      return { ...board, queue: event.queue };
    case 'interaction':
      return {
        ...board,
        agents: upsertAgent(board.agents, event.agent),
        handleTimeByHour: upsertHour(board.handleTimeByHour, event.hour),
        callsByDisposition: upsertDisposition(board.callsByDisposition, event.disposition),
      };
  }
}
