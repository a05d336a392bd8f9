/** Alt+Q and the top bar's button: available → away on a break, away → available; otherwise main's state stands. */
import type { ConsoleStore } from '../../state/create-console-store';

const WHY_NOT = {
  on_call: 'You are on a call: your state changes when it ends.',
  wrap_up: 'Finish wrap-up first: you become available when it is done.',
  offline: 'Your state is offline: sign in to the phone system first.',
} as const;

/** Asks main to flip the rep between available and away, or says why it can't now. */
export function toggleAgentState(store: ConsoleStore): void {
  const state = store.getState();
  const agent = state.callsState?.agent;
  if (!agent || state.pendingCallAction === 'agent_state') return;
  if (agent.state === 'available') void state.setAgentState({ state: 'away', awayReason: 'break' });
  else if (agent.state === 'away') void state.setAgentState({ state: 'available' });
  else state.showCallNotice(WHY_NOT[agent.state]);
}
