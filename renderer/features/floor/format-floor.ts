/** The floor board's words and times: a rep's state with its reason, and durations the way leads read a wallboard. */
import type { AgentState, AwayReason } from '../../../shared/calls/call-events';
import type { FloorAgent } from '../../../shared/floor/floor-board';
import type { BadgeTone } from '../../ui/badge';

const STATE_LABELS: Readonly<Record<AgentState, string>> = { available: 'Available', on_call: 'On a call', wrap_up: 'Wrap-up', away: 'Away', offline: 'Offline' };
const STATE_TONES: Readonly<Record<AgentState, BadgeTone>> = { available: 'green', on_call: 'blue', wrap_up: 'amber', away: 'grey', offline: 'grey' };
const REASON_LABELS: Readonly<Record<AwayReason, string>> = { break: 'Break', lunch: 'Lunch', meeting: 'Meeting', training: 'Training', coaching: 'Coaching', other: 'Other' };

/** "Away · Lunch", "On a call". */
export function describeFloorState(agent: Pick<FloorAgent, 'state' | 'awayReason'>): string {
  return agent.state === 'away' && agent.awayReason ? `${STATE_LABELS.away} · ${REASON_LABELS[agent.awayReason]}` : STATE_LABELS[agent.state];
}

/** The badge tint for a state (the word is always shown with it). */
export function floorStateTone(state: AgentState): BadgeTone {
  return STATE_TONES[state];
}

/** The state's word alone, for the team totals. */
export function floorStateLabel(state: AgentState): string {
  return STATE_LABELS[state];
}

/** Seconds as a wallboard shows them: "0:42", "12:05", "1:02:09". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The same in words, for announcements: "1 min 20 s", "42 s". */
export function sayDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const m = Math.floor(seconds / 60);
  return m > 0 ? `${m} min ${seconds % 60} s` : `${seconds} s`;
}

/** An ISO duration for `<time dateTime>`: PT1M20S. */
export function isoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;
}

/** Whole seconds from `sinceIso` to `now`; null when there is no since. */
export function secondsSince(sinceIso: string | null, now: number): number | null {
  return sinceIso === null ? null : Math.max(0, Math.floor((now - Date.parse(sinceIso)) / 1000));
}

/** "9 AM", "12 PM": an hour bucket's label in the lead's own time zone. */
export function formatHour(hourStartIso: string): string {
  return new Date(hourStartIso).toLocaleTimeString('en-US', { hour: 'numeric' });
}
