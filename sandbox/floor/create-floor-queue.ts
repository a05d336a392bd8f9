/**
 * The calls waiting in each team's queue: a call that rang in (an inbound CTI `newCall`) waits until
 * it is answered or hangs up. It is in the queue of every team whose agent it rang, and of the team
 * its `queue` field names (by team id or name) — a call the phone system holds for a team before any
 * agent is free names no agent yet. Kept in memory, like the phone system's own view; bounded.
 */
import type { CtiEventBody } from '../../shared/api/call-routes';
import type { FloorQueue } from '../../shared/floor/floor-board';
import type { FloorTeam } from './floor-teams';

/** Who a name from the phone system is, and their team. */
export type FindTeamOfAgent = (name: string) => string | null;

/** The waiting calls per team. */
export interface FloorQueues {
  /** Applies one accepted CTI event; returns the ids of the teams whose queue changed. */
  record(phoneSystem: string, body: CtiEventBody): string[];
  view(teamId: string): FloorQueue;
}

export interface FloorQueueOptions {
  readonly teams: readonly FloorTeam[];
  readonly teamOfAgent: FindTeamOfAgent;
  readonly now: () => number;
  /** A call waiting longer than this lost its hangup somewhere and is dropped (default 4 hours). */
  readonly staleAfterMs?: number;
  /** Most calls kept (default 5,000); the oldest go first. */
  readonly capacity?: number;
}

interface Waiting { readonly sinceMs: number; readonly teams: Set<string> }

const namesOf = (user: CtiEventBody['user']) => (user === undefined ? [] : typeof user === 'string' ? [user] : user);
const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Creates empty queues. */
export function createFloorQueues(options: FloorQueueOptions): FloorQueues {
  const staleAfterMs = options.staleAfterMs ?? 4 * 60 * 60 * 1000;
  const capacity = options.capacity ?? 5_000;
  const waiting = new Map<string, Waiting>();
  const teamNamed = (queue: string | undefined) => {
    if (!queue) return null;
    const wanted = normal(queue);
    return options.teams.find((team) => team.id === wanted || normal(team.name) === wanted)?.id ?? null;
  };

  function sweep(): string[] {
    const oldest = options.now() - staleAfterMs;
    const changed: string[] = [];
    for (const [key, call] of waiting) {
      if (call.sinceMs >= oldest && waiting.size <= capacity) break; // insertion order is arrival order
      waiting.delete(key);
      changed.push(...call.teams);
    }
    return changed;
  }

  return {
    record(phoneSystem, body) {
      const key = `${phoneSystem}\u0000${body.callId}`;
      const changed = sweep();
      if (body.event === 'newCall') {
        if (body.direction !== 'in') return [...new Set(changed)];
        const teams = [teamNamed(body.queue), ...namesOf(body.user).map(options.teamOfAgent)].filter((id): id is string => id !== null);
        // Offered again to another agent (the same call id): it keeps waiting since it first rang.
        const call = waiting.get(key) ?? { sinceMs: options.now(), teams: new Set<string>() };
        for (const team of teams) call.teams.add(team);
        waiting.set(key, call);
        changed.push(...teams);
      } else {
        const call = waiting.get(key);
        waiting.delete(key);
        if (call) changed.push(...call.teams);
      }
      return [...new Set(changed)];
    },
    view(teamId) {
      sweep();
      let count = 0;
      let oldest: number | null = null;
      for (const call of waiting.values()) {
        if (!call.teams.has(teamId)) continue;
        count += 1;
        if (oldest === null || call.sinceMs < oldest) oldest = call.sinceMs;
      }
      return { waitingCount: count, oldestWaitingSince: oldest === null ? null : new Date(oldest).toISOString() };
    },
  };
}
