/**
 * The live floor board inside one sandbox server: builds a team's board (getFloor, and the snapshot a
 * stream opens with) and turns what the calls routes accept — a rep's state, a saved call, a CTI event
 * — into small deltas for that team's open streams, at once.
 */
import type { CtiEventBody } from '../../shared/api/call-routes';
import type { User } from '../../shared/domain/session';
import type { FloorAgent, FloorSnapshot } from '../../shared/floor/floor-board';
import { compareFloorAgents } from '../../shared/floor/apply-floor-event';
import { findSandboxAgent } from '../calls/create-call-handlers';
import type { SandboxDatabase } from '../database/open-database';
import { SANDBOX_USERS, type SandboxUser } from '../server/sandbox-users';
import { createFloorHub, type FloorHub } from './create-floor-hub';
import { createFloorQueues } from './create-floor-queue';
import { createFloorRepository, type StoredAgentState } from './create-floor-repository';
import { createFloorStats } from './create-floor-stats';
import { FLOOR_TEAMS, findFloorTeam, type FloorTeam } from './floor-teams';

/** The floor board's side of a sandbox server. */
export interface FloorService {
  readonly hub: FloorHub;
  /** The team whose board a user sees: their own; null when they are on none. */
  teamOf(user: User): FloorTeam | null;
  snapshot(team: FloorTeam): FloorSnapshot;
  /** setAgentState stored a state for the user. */
  stateReported(userId: string): void;
  /** saveInteraction stored (or answered again) this interaction; called once its transaction committed. */
  interactionSaved(interactionId: string): void;
  /** The CTI webhook accepted an event from this phone system. */
  ctiEvent(phoneSystem: string, body: CtiEventBody): void;
}

export interface FloorServiceOptions {
  readonly db: SandboxDatabase;
  readonly asOf: string;
  readonly now: () => Date;
  /** Default SANDBOX_USERS (the named users and the simulated floor). */
  readonly users?: readonly SandboxUser[];
}

/** Builds the service over the database. */
export function createFloorService(options: FloorServiceOptions): FloorService {
  const nowMs = () => options.now().getTime();
  const users = new Map((options.users ?? SANDBOX_USERS).map((account) => [account.user.id, account]));
  const teamIdOf = (userId: string) => users.get(userId)?.teamId ?? null;
  const repository = createFloorRepository(options.db);
  const stats = createFloorStats(repository, teamIdOf, nowMs);
  const queues = createFloorQueues({ teams: FLOOR_TEAMS, now: nowMs, teamOfAgent: (name) => teamIdOf(findSandboxAgent(name)?.id ?? '') });
  const hub = createFloorHub(nowMs());

  function rowOf(account: SandboxUser, state: StoredAgentState | null): FloorAgent {
    const figures = stats.agent(account.user.id);
    return {
      id: account.user.id, displayName: account.user.displayName,
      state: state?.state ?? 'offline', awayReason: state?.state === 'away' ? state.awayReason : null, since: state?.since ?? null,
      handledCount: figures.handledCount, handleSeconds: figures.handleSeconds,
    };
  }

  const rowFor = (userId: string) => {
    const account = users.get(userId);
    return account ? rowOf(account, repository.stateOf(userId)) : null;
  };

  return {
    hub,
    teamOf: (user) => findFloorTeam(users.get(user.id)?.teamId),
    snapshot(team) {
      const states = new Map(repository.allStates().map((s) => [s.userId, s]));
      const agents = [...users.values()]
        .filter((account) => account.teamId === team.id)
        .map((account) => rowOf(account, states.get(account.user.id) ?? null))
        // A simulated agent joins the board once the simulator has played them.
        .filter((row) => !users.get(row.id)?.isSimulated || row.since !== null || row.handledCount > 0)
        .sort(compareFloorAgents);
      return {
        teamId: team.id, teamName: team.name, businessDate: options.asOf,
        dayStartedAt: new Date(stats.dayStartMs()).toISOString(), generatedAt: options.now().toISOString(),
        agents, queue: queues.view(team.id), handleTimeByHour: stats.hours(team.id), callsByDisposition: stats.dispositions(team.id),
      };
    },
    stateReported(userId) {
      const teamId = teamIdOf(userId);
      const agent = rowFor(userId);
      if (teamId !== null && agent) hub.publish(teamId, { type: 'agent', agent });
    },
    interactionSaved(interactionId) {
      // Read back from the database: a transaction that rolled back left nothing to count.
      const saved = repository.interaction(interactionId);
      const counted = saved ? stats.add(saved) : null;
      const agent = counted ? rowFor(counted.userId) : null;
      if (counted && agent) hub.publish(counted.teamId, { type: 'interaction', agent, hour: counted.hour, disposition: counted.disposition });
    },
    ctiEvent(phoneSystem, body) {
      for (const teamId of queues.record(phoneSystem, body)) hub.publish(teamId, { type: 'queue', queue: queues.view(teamId) });
    },
  };
}
