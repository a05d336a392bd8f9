/**
 * The team totals the board shows, computed from the rows (never sent, never stored): how many reps are
 * in each state, calls handled today and the average handle time (talk + hold + wrap-up).
 */
import type { AgentState } from '../calls/call-events';
import type { FloorSnapshot } from './floor-board';

/** The board's header figures. */
export interface FloorSummary {
  readonly agentCount: number;
  readonly byState: Readonly<Record<AgentState, number>>;
  readonly handledCount: number;
  readonly handleSeconds: number;
  /** Whole seconds; null before the first handled call of the day. */
  readonly averageHandleSeconds: number | null;
}

/** Average handle time in whole seconds, or null when nothing was handled. */
export function averageHandleSeconds(handleSeconds: number, handledCount: number): number | null {
  return handledCount > 0 ? Math.round(handleSeconds / handledCount) : null;
}

/** Sums the team's rows. */
export function summarizeFloor(board: FloorSnapshot): FloorSummary {
  const byState: Record<AgentState, number> = { available: 0, on_call: 0, wrap_up: 0, away: 0, offline: 0 };
  let handledCount = 0;
  let handleSeconds = 0;
  for (const agent of board.agents) {
    byState[agent.state] += 1;
    handledCount += agent.handledCount;
    handleSeconds += agent.handleSeconds;
  }
  return { agentCount: board.agents.length, byState, handledCount, handleSeconds, averageHandleSeconds: averageHandleSeconds(handleSeconds, handledCount) };
}
