/**
 * The rep's own state, with the reason when away (the floor board groups by it). On a call and in
 * wrap-up main sets the state itself; the rep's choice applies again once the call is done.
 */
import { useId } from 'react';
import type { AwayReason } from '../../../shared/calls/call-events';
import { useConsoleStore } from '../../state/use-console-store';

// Worded as what the rep is doing; the top bar says the state itself ("Available", "Away (lunch)").
const AWAY_REASONS: Record<AwayReason, string> = {
  break: 'On a break (away)',
  lunch: 'At lunch (away)',
  meeting: 'In a meeting (away)',
  training: 'In training (away)',
  coaching: 'In coaching (away)',
  other: 'Stepped away for another reason',
};
const FOLLOWS_CALL = { on_call: 'Set by the call: on a call', wrap_up: 'Set by the call: wrap-up', offline: 'Signed out of calls' } as const;

/** Renders the select; main's answer (agent:changed) moves it, never the select itself. */
export function AgentStateSelect() {
  const id = useId();
  const agent = useConsoleStore((state) => state.callsState?.agent ?? null);
  const setAgentState = useConsoleStore((state) => state.setAgentState);
  if (!agent) return null;
  const value = agent.state === 'away' ? `away:${agent.awayReason ?? 'other'}` : agent.state;
  const isChosenByCall = agent.state === 'on_call' || agent.state === 'wrap_up' || agent.state === 'offline';

  function choose(next: string): void {
    if (next === 'available') void setAgentState({ state: 'available' });
    else if (next.startsWith('away:')) void setAgentState({ state: 'away', awayReason: next.slice(5) as AwayReason });
  }

  return (
    <div className="field agent-state-select">
      <label htmlFor={id} className="field-label">
        Your state
      </label>
      <select id={id} value={value} aria-describedby={isChosenByCall ? `${id}-hint` : undefined} onChange={(event) => choose(event.target.value)}>
        {isChosenByCall ? <option value={agent.state}>{FOLLOWS_CALL[agent.state as keyof typeof FOLLOWS_CALL]}</option> : null}
        <option value="available">Taking calls (available)</option>
        {Object.entries(AWAY_REASONS).map(([reason, label]) => (
          <option key={reason} value={`away:${reason}`}>
            {label}
          </option>
        ))}
      </select>
      {isChosenByCall ? (
        <span id={`${id}-hint`} className="field-hint">
          Set by the call; your choice applies when it is done.
        </span>
      ) : null}
    </div>
  );
}
