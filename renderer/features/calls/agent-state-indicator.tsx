/**
 * The rep's own state in the top bar, in words and for how long ("Available · 12 min"). Alt+Q flips
 * available and away (a break); the interaction panel's state picker is the full choice, so the bar
 * only shows it. The floor board reads the same state.
 */
import type { AgentView } from '../../../shared/calls/call-views';
import { useConsoleStore } from '../../state/use-console-store';
import { useNow } from '../clock/use-now';

const STATE_LABELS = { available: 'Available', on_call: 'On a call', wrap_up: 'Wrap-up', away: 'Away', offline: 'Offline' } as const;
const REASON_LABELS = { break: 'break', lunch: 'lunch', meeting: 'meeting', training: 'training', coaching: 'coaching', other: 'other' } as const;

/** "under a minute", "12 min", "1 h 05 min". */
export function formatStateDuration(sinceIso: string, now: number): string {
  const minutes = Math.floor(Math.max(0, now - Date.parse(sinceIso)) / 60_000) || 0;
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

function describeAgent(agent: AgentView): string {
  const reason = agent.state === 'away' && agent.awayReason ? ` (${REASON_LABELS[agent.awayReason]})` : '';
  return `${STATE_LABELS[agent.state]}${reason}`;
}

/** Renders nothing until main has said what the rep's state is. */
export function AgentStateIndicator() {
  const agent = useConsoleStore((state) => state.callsState?.agent ?? null);
  const now = useNow(15_000);
  if (!agent) return null;
  return (
    <span className={`agent-state agent-state-${agent.state}`}>
      {describeAgent(agent)} <span className="muted-on-dark">· {formatStateDuration(agent.since, now)}</span>
    </span>
  );
}
