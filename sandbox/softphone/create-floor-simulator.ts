/**
 * The softphone simulator's floor mode: plays a call-center floor of simulated agents (agent001…, see
 * sandbox/floor/floor-agents.ts) against a sandbox, through real HTTP only — each agent signs in and
 * reports its state like a console; calls ring in through the generic CTI webhook like a phone system,
 * wait in the team's queue when nobody is free, are answered, held, hung up, wrapped up and saved;
 * agents take breaks. For demos, tests and the floor-board bench.
 *
 * One file for the one state machine (an agent: idle → ringing → on a call → wrap-up → idle, or away),
 * which reads best whole. `speed` makes time run faster; saved calls keep their nominal seconds.
 */
import { randomUUID } from 'node:crypto';
import type { AgentState, AwayReason } from '../../shared/calls/call-events';
import { FLOOR_AGENT_COUNT, floorAgentId } from '../floor/floor-agents';
import { createFloorHttp } from './floor-http';

export interface FloorSimulatorOptions {
  readonly backendUrl: string;
  /** The phone system's webhook token (default `sandbox-pbx`). */
  readonly ctiToken?: string;
  /** How many agents play (default 200, at most 250). */
  readonly agents?: number;
  /** Calls arriving per minute of simulated time (default 60). */
  readonly callsPerMinute?: number;
  /** Simulated seconds per real second (default 1). */
  readonly speed?: number;
  /** The first this many agents sign on as available and then move only when told (setState): tests, the bench. */
  readonly manualAgents?: number;
  readonly random?: () => number;
  /** A request that failed, in a sentence (the floor plays on). */
  readonly onProblem?: (message: string) => void;
}

/** What has happened so far. */
export interface FloorCounts {
  signedOn: number;
  callsOffered: number;
  callsAnswered: number;
  callsSaved: number;
  callsAbandoned: number;
  stateReports: number;
  problems: number;
}

/** A running floor. */
export interface FloorSimulator {
  readonly agentIds: readonly string[];
  readonly manualAgentIds: readonly string[];
  /** Signs every agent on and starts the floor; resolves once each has reported its first state. */
  start(): Promise<void>;
  /** Reports a state for an agent now; resolves when the backend has taken it. */
  setState(agentId: string, state: AgentState, awayReason?: AwayReason | null): Promise<void>;
  counts(): Readonly<FloorCounts>;
  /** Stops: waiting calls are abandoned, calls in progress hung up, every agent goes offline and signs out. */
  close(): Promise<void>;
}

interface Call { readonly id: string; readonly number: string; ringAt?: string; answeredAt?: string; endedAt?: string; patience?: () => void }
interface Agent { readonly id: string; readonly isManual: boolean; token: string; mode: 'idle' | 'busy' | 'away'; call: Call | null; cancelAway?: () => void }

const AWAY_REASONS: readonly AwayReason[] = ['break', 'break', 'lunch', 'meeting', 'training', 'coaching', 'other'];
const DISPOSITIONS = ['BILLING_QUESTION', 'BILLING_QUESTION', 'PAYMENT_TAKEN', 'GENERAL_INFO', 'OPT_IN', 'OPT_OUT', 'REFUND', 'TRANSFERRED'];
/** Calls held before an agent is free wait in lead1's team's queue (sandbox/floor/floor-teams.ts). */
const TEAM_QUEUE = 'floor-1';

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** Creates the floor; nothing is sent until start(). */
export function createFloorSimulator(options: FloorSimulatorOptions): FloorSimulator {
  const count = Math.min(Math.max(1, Math.floor(options.agents ?? 200)), FLOOR_AGENT_COUNT);
  const manual = Math.min(Math.max(0, Math.floor(options.manualAgents ?? 0)), count);
  const speed = options.speed ?? 1;
  const perMinute = options.callsPerMinute ?? 60;
  const random = options.random ?? Math.random;
  const http = createFloorHttp(options.backendUrl, options.ctiToken ?? 'sandbox-pbx');
  const runId = randomUUID().slice(0, 8);
  const agents = Array.from({ length: count }, (_, i): Agent => ({ id: floorAgentId(i + 1), isManual: i < manual, token: '', mode: 'idle', call: null }));
  const byId = new Map(agents.map((a) => [a.id, a]));
  const counts: FloorCounts = { signedOn: 0, callsOffered: 0, callsAnswered: 0, callsSaved: 0, callsAbandoned: 0, stateReports: 0, problems: 0 };
  const waiting: Call[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const inFlight = new Set<Promise<void>>();
  let calls = 0;
  let isClosed = false;

  const between = (min: number, max: number) => Math.round(min + random() * (max - min));
  const exponential = (mean: number) => -Math.log(1 - random()) * mean;
  const nowIso = () => new Date().toISOString();
  const problem = (error: unknown) => {
    counts.problems += 1;
    options.onProblem?.(error instanceof Error ? error.message : String(error));
  };
  /** Runs `step` after `seconds` of simulated time; returns a cancel. Nothing runs once closed. */
  function later(seconds: number, step: () => Promise<void>): () => void {
    if (isClosed) return () => {};
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!isClosed) track(step());
    }, (seconds * 1000) / speed);
    timers.add(timer);
    return () => { clearTimeout(timer); timers.delete(timer); };
  }
  function track(work: Promise<void>): void {
    const tracked = work.catch(problem).finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  async function report(agent: Agent, state: AgentState, awayReason: AwayReason | null = null): Promise<void> {
    await http.setState(agent.token, { state, awayReason, since: nowIso() });
    counts.stateReports += 1;
  }
  const cti = (event: string, call: Call, more: Record<string, string> = {}) =>
    http.cti({ event, from: call.number, to: '18005550100', direction: 'in', callId: call.id, ...more });

  async function becomeAvailable(agent: Agent): Promise<void> {
    agent.call = null;
    await report(agent, 'available');
    agent.mode = 'idle';
    if (agent.isManual) return;
    const next = waiting.shift();
    if (next) {
      next.patience?.();
      return offer(agent, next);
    }
    agent.cancelAway = later(exponential(8 * 60), () => goAway(agent));
  }
  async function goAway(agent: Agent): Promise<void> {
    if (agent.mode !== 'idle') return;
    agent.mode = 'away';
    await report(agent, 'away', AWAY_REASONS[Math.floor(random() * AWAY_REASONS.length)] ?? 'break');
    later(between(60, 300), () => becomeAvailable(agent));
  }
  /** Rings the agent with the call, then plays it through to the saved record; a failed step frees the agent. */
  async function offer(agent: Agent, call: Call): Promise<void> {
    agent.mode = 'busy';
    agent.call = call;
    agent.cancelAway?.();
    counts.callsOffered += 1;
    call.ringAt ??= nowIso();
    const recover = (error: unknown) => {
      problem(error);
      later(5, () => becomeAvailable(agent));
    };
    try {
      await cti('newCall', call, { user: agent.id });
    } catch (error) {
      return recover(error);
    }
    later(between(2, 8), async () => {
      const talk = between(30, 180);
      const hold = random() < 0.3 ? between(5, 40) : 0;
      try {
        await cti('answer', call, { user: agent.id, answeringNumber: agent.id });
        call.answeredAt = nowIso();
        counts.callsAnswered += 1;
        await report(agent, 'on_call');
      } catch (error) {
        return recover(error);
      }
      later(talk + hold, async () => {
        const wrap = between(10, 40);
        try {
          await cti('hangup', call, { user: agent.id, cause: 'normalClearing' });
          call.endedAt = nowIso();
          await report(agent, 'wrap_up');
        } catch (error) {
          return recover(error);
        }
        later(wrap, async () => {
          await http.saveInteraction(agent.token, {
            id: randomUUID(), callId: call.id, direction: 'inbound', callerNumber: `+${call.number}`, memberId: null, verification: null,
            ringAt: call.ringAt ?? null, answeredAt: call.answeredAt ?? null, endedAt: call.endedAt ?? null, talkSeconds: talk, holdSeconds: hold, wrapUpSeconds: wrap,
            isMissed: false, notes: '', summary: 'Simulated floor call.', dispositionCode: DISPOSITIONS[Math.floor(random() * DISPOSITIONS.length)] ?? null, actions: [],
          }).then(() => void (counts.callsSaved += 1), problem);
          await becomeAvailable(agent);
        });
      });
    });
  }
  async function arrive(): Promise<void> {
    later(exponential(60 / perMinute), arrive);
    calls += 1;
    const call: Call = { id: `floor-${runId}-${calls}`, number: `1612555${String(between(0, 9999)).padStart(4, '0')}` };
    const idle = agents.filter((a) => !a.isManual && a.mode === 'idle');
    const agent = idle[Math.floor(random() * idle.length)];
    if (agent) return offer(agent, call);
    // Nobody is free: the phone system holds the call for the team until someone is, or the caller gives up.
    waiting.push(call);
    call.ringAt = nowIso();
    call.patience = later(between(45, 150), async () => {
      waiting.splice(waiting.indexOf(call), 1);
      counts.callsAbandoned += 1;
      await cti('hangup', call, { cause: 'cancel', queue: TEAM_QUEUE });
    });
    await cti('newCall', call, { queue: TEAM_QUEUE });
  }

  return {
    agentIds: agents.map((a) => a.id),
    manualAgentIds: agents.filter((a) => a.isManual).map((a) => a.id),
    async start() {
      await inBatches(agents, 20, async (agent) => {
        agent.token = await http.signIn(agent.id);
        counts.signedOn += 1;
        if (agent.isManual || random() >= 0.1) await becomeAvailable(agent).catch(problem);
        else await goAway(agent).catch(problem);
      });
      if (perMinute > 0) later(exponential(60 / perMinute), arrive);
    },
    async setState(agentId, state, awayReason = null) {
      const agent = byId.get(agentId);
      if (!agent?.token) throw new Error(`${agentId} is not on this floor (or not signed on yet).`);
      await report(agent, state, state === 'away' ? awayReason ?? 'break' : null);
    },
    counts: () => ({ ...counts }),
    async close() {
      if (isClosed) return;
      isClosed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...inFlight]);
      const ending = [...waiting.map((call) => cti('hangup', call, { cause: 'cancel', queue: TEAM_QUEUE })), ...agents.flatMap((a) => (a.call ? [cti('hangup', a.call, { user: a.id, cause: 'normalClearing' })] : []))];
      await Promise.allSettled(ending);
      await inBatches(agents.filter((a) => a.token), 20, async (agent) => {
        await report(agent, 'offline').catch(problem);
        await http.signOut(agent.token).catch(problem);
      });
    },
  };
}
