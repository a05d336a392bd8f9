/**
 * The fake bridge's calls: main's call state held in memory, every call command recorded (checked
 * against the contract's input schema, as main would), and handles to push calls:changed and
 * calls:popped the way main does.
 */
import type { AgentView, CallPopped, CallsState, CallView } from '../../shared/calls/call-views';
import type { RepConsoleApi } from '../../shared/ipc/bridge';
import { invokeContract, type InvokeInput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

type CallMethods = 'getCallsState' | 'controlCall' | 'setAgentState' | 'onCallsChanged' | 'onCallPopped' | 'onAgentChanged';
type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** What the fake's calls start with: no call, a connected softphone, the rep available since 14:00. */
export const IDLE_CALLS: CallsState = {
  link: { state: 'connected', softphoneName: 'Test softphone', pairing: null, ctiFeed: 'off', since: '2026-03-01T14:00:00.000Z' },
  call: null,
  agent: { state: 'available', awayReason: null, since: '2026-03-01T14:00:00.000Z' },
};

/** A ringing inbound call from Maria's number; override anything. */
export function buildRingingCall(overrides: Partial<CallView> = {}): CallView {
  return {
    callId: 'call-1',
    phase: 'ringing',
    direction: 'inbound',
    callerNumber: '(555) 201-4477',
    queue: 'Member services',
    ivrIntent: 'payment',
    isIvrVerified: false,
    isMuted: false,
    isRecording: true,
    ringAt: new Date().toISOString(),
    answeredAt: null,
    endedAt: null,
    canControl: true,
    ...overrides,
  };
}

/** The calls methods for the bridge and the handles tests act as main with. */
export interface FakeCalls {
  readonly api: Pick<RepConsoleApi, CallMethods>;
  /** Every calls:command main received, as sent. */
  readonly callCommands: readonly InvokeInput<'calls:command'>[];
  readonly agentChoices: readonly InvokeInput<'interactions:set-agent-state'>[];
  /** Sets main's state and pushes calls:changed. */
  emitCallsChanged(state: CallsState): void;
  /** Pushes calls:changed with this call (or none) and the current link and agent. */
  emitCall(call: CallView | null): void;
  emitCallPopped(pop: CallPopped): void;
  emitAgentChanged(agent: AgentView): void;
}

/** Builds the calls part of the fake; commands change nothing until the test pushes the new state. */
export function createFakeCalls(answer: Answer, initial: CallsState = IDLE_CALLS): FakeCalls {
  let state = initial;
  const callCommands: InvokeInput<'calls:command'>[] = [];
  const agentChoices: InvokeInput<'interactions:set-agent-state'>[] = [];
  const listeners = { changed: new Set<(s: CallsState) => void>(), popped: new Set<(p: CallPopped) => void>(), agent: new Set<(a: AgentView) => void>() };
  function subscribe<T>(set: Set<(payload: T) => void>, listener: (payload: T) => void): () => void {
    set.add(listener);
    return () => set.delete(listener);
  }
  const emitCallsChanged = (next: CallsState) => {
    state = next;
    listeners.changed.forEach((listener) => listener(next));
  };
  const invalid = (message: string | undefined) => Promise.resolve({ ok: false as const, error: { code: 'INVALID_INPUT' as const, message: message ?? 'Invalid input.' } });

  return {
    api: {
      getCallsState: () => answer('getCallsState', () => state),
      controlCall: (input) => {
        const parsed = invokeContract['calls:command'].input.safeParse(input);
        if (!parsed.success) return invalid(parsed.error.issues[0]?.message);
        callCommands.push(input);
        return answer('controlCall', () => null);
      },
      setAgentState: (input) => {
        const parsed = invokeContract['interactions:set-agent-state'].input.safeParse(input);
        if (!parsed.success) return invalid(parsed.error.issues[0]?.message);
        agentChoices.push(input);
        return answer('setAgentState', () => {
          state = { ...state, agent: { state: input.state, awayReason: input.awayReason ?? null, since: new Date().toISOString() } };
          return state.agent;
        });
      },
      onCallsChanged: (listener) => subscribe(listeners.changed, listener),
      onCallPopped: (listener) => subscribe(listeners.popped, listener),
      onAgentChanged: (listener) => subscribe(listeners.agent, listener),
    },
    callCommands,
    agentChoices,
    emitCallsChanged,
    emitCall: (call) => emitCallsChanged({ ...state, call }),
    emitCallPopped: (pop) => listeners.popped.forEach((listener) => listener(pop)),
    emitAgentChanged(agent) {
      state = { ...state, agent };
      listeners.agent.forEach((listener) => listener(agent));
    },
  };
}
