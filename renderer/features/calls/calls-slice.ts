/**
 * Calls as main last reported them (the link, the call in progress, the rep's own state) and the last
 * screen pop main sent, plus the few view choices the call bar needs (dismissed banner, transfer form).
 */
import type { AgentView, CallPopped, CallsState, PopTarget } from '../../../shared/calls/call-views';
import type { AgentChoice } from '../../../shared/calls/interaction-requests';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** What a rep can ask of the call in progress (calls:command). */
export type CallAction = 'answer' | 'hold' | 'resume' | 'mute' | 'unmute' | 'transfer' | 'hang_up';

/** The last pop: where main said the call should take the console, and whether the console went there. */
export interface ScreenPop {
  readonly callId: string;
  readonly target: PopTarget;
  /** The rep was typing or in a dialog, so the banner offers the pop instead of acting on it. */
  readonly isDeferred: boolean;
  /** The candidate the rep picked from the chooser (choose pops only). */
  readonly chosenMemberId: string | null;
}

/** Text the search field should take (a pop's number, or empty); `seq` tells one request from the next. */
export interface SearchPrefill {
  readonly text: string;
  readonly seq: number;
}

/** Call state, pop and the actions that load, apply and command them. */
export interface CallsSlice {
  /** Null until main first answers calls:get-state (or pushes calls:changed). */
  readonly callsState: CallsState | null;
  readonly screenPop: ScreenPop | null;
  readonly searchPrefill: SearchPrefill | null;
  /** Main's answer to the last command that failed, or why a command could not be sent. */
  readonly callNotice: string | null;
  readonly pendingCallAction: CallAction | 'agent_state' | null;
  /** The ringing call whose banner the rep put away (answering on the desk phone, or not theirs). */
  readonly dismissedCallId: string | null;
  readonly isTransferOpen: boolean;
  loadCalls(): Promise<void>;
  applyCallsChanged(state: CallsState): void;
  /** The rep's state changed on its own (agent:changed) or after setAgentState. */
  applyAgentChanged(agent: AgentView): void;
  /** Records a pop once per call id; false (and nothing changes) for a replay or a call already over. */
  acceptCallPop(pop: CallPopped, isDeferred: boolean): boolean;
  /** The rep acted on a deferred pop, or picked a chooser candidate. */
  settleScreenPop(chosenMemberId?: string): void;
  requestSearch(text: string): void;
  runCallCommand(action: CallAction, target?: string): Promise<boolean>;
  setAgentState(choice: AgentChoice): Promise<void>;
  dismissCall(callId: string): void;
  setTransferOpen(isOpen: boolean): void;
  showCallNotice(message: string | null): void;
}

/** How many popped call ids to remember: far more than a shift's calls that could still replay. */
const REMEMBERED_POPS = 200;

/** Builds the calls slice. */
export function createCallsSlice(tools: SliceTools): CallsSlice {
  const { set, get, client } = tools;
  // Not state: a call id popped here never pops again, even after a sign-out and back in.
  const popped = new Set<string>();
  let prefillSeq = 0;
  let latestLoad = 0;

  const empty = tools.holdsPhi(
    { callsState: null, screenPop: null, searchPrefill: null, callNotice: null, pendingCallAction: null, dismissedCallId: null, isTransferOpen: false },
    () => (latestLoad += 1),
  );

  async function send(pending: CallAction | 'agent_state', call: () => Promise<unknown>): Promise<boolean> {
    set({ pendingCallAction: pending, callNotice: null });
    try {
      await call();
      if (get().pendingCallAction === pending) set({ pendingCallAction: null });
      return true;
    } catch (error: unknown) {
      set({ pendingCallAction: null, callNotice: describeFailure(error, tools) });
      return false;
    }
  }

  return {
    ...empty,

    async loadCalls() {
      const ticket = ++latestLoad;
      try {
        const state = await client.getCallsState();
        if (ticket === latestLoad) set({ callsState: state });
      } catch (error: unknown) {
        if (ticket === latestLoad) set({ callNotice: describeFailure(error, tools) });
      }
    },

    applyCallsChanged(state) {
      // A pushed state is newer than any load still in flight.
      latestLoad += 1;
      const callId = state.call?.callId ?? null;
      set({
        callsState: state,
        ...(get().dismissedCallId !== callId ? { dismissedCallId: null } : {}),
        ...(state.call?.phase === 'connected' || state.call?.phase === 'held' ? {} : { isTransferOpen: false }),
        // The call is over (wrap-up done): its candidates and number leave the store with it.
        ...(state.call === null ? { screenPop: null } : {}),
      });
    },

    acceptCallPop(pop, isDeferred) {
      const call = get().callsState?.call;
      if (popped.has(pop.callId) || (call?.callId === pop.callId && call.phase === 'ended')) return false;
      popped.add(pop.callId);
      if (popped.size > REMEMBERED_POPS) popped.delete(popped.values().next().value ?? '');
      set({ screenPop: { callId: pop.callId, target: pop.target, isDeferred, chosenMemberId: null } });
      return true;
    },

    settleScreenPop(chosenMemberId) {
      const pop = get().screenPop;
      if (pop) set({ screenPop: { ...pop, isDeferred: false, chosenMemberId: chosenMemberId ?? pop.chosenMemberId } });
    },

    requestSearch(text) {
      prefillSeq += 1;
      set({ searchPrefill: { text, seq: prefillSeq } });
    },

    async runCallCommand(action, target) {
      const call = get().callsState?.call;
      if (!call || call.phase === 'ended') {
        set({ callNotice: 'There is no call in progress.' });
        return false;
      }
      if (!call.canControl) {
        set({ callNotice: "This call can't be controlled from the console. Use your phone." });
        return false;
      }
      if (get().pendingCallAction) return false;
      return send(action, () => client.controlCall({ action, ...(target === undefined ? {} : { target }) }));
    },

    applyAgentChanged(agent) {
      const current = get().callsState;
      if (current) set({ callsState: { ...current, agent } });
    },

    async setAgentState(choice) {
      await send('agent_state', async () => get().applyAgentChanged(await client.setAgentState(choice)));
    },

    dismissCall(callId) {
      set({ dismissedCallId: callId });
    },

    setTransferOpen(isOpen) {
      set({ isTransferOpen: isOpen, ...(isOpen ? { callNotice: null } : {}) });
    },

    showCallNotice(message) {
      set({ callNotice: message });
    },
  };
}
