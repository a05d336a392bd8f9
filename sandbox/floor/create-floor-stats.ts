/**
 * Today's handled calls per rep and per team, from saved interactions: a call is handled when it was
 * answered (not missed); its handle time is talk + hold + wrap-up; it belongs to the hour it began
 * (answered, else rang, else ended, else saved). Kept in memory, loaded from the database at the first
 * read of each day, then added to as calls are saved — each interaction counted once.
 */
import type { FloorDisposition, FloorHour } from '../../shared/floor/floor-board';
import { compareDispositions } from '../../shared/floor/apply-floor-event';
import { CLIENT_CATALOG } from '../seed/client-catalog';
import type { FloorRepository, StoredInteraction } from './create-floor-repository';
import { startOfDay, startOfHour } from './floor-day';

/** A rep's figures for today. */
export interface AgentFigures {
  readonly handledCount: number;
  readonly handleSeconds: number;
}

/** What counting one interaction changed, for the delta the stream sends. */
export interface CountedCall {
  readonly userId: string;
  readonly teamId: string;
  readonly hour: FloorHour;
  readonly disposition: FloorDisposition;
}

/** Today's figures. */
export interface FloorStats {
  /** The start of the day the figures are for (rolls over at midnight on the next read). */
  dayStartMs(): number;
  agent(userId: string): AgentFigures;
  hours(teamId: string): FloorHour[];
  dispositions(teamId: string): FloorDisposition[];
  /** Counts a saved interaction; null when it does not count (missed, another day, counted already, no team). */
  add(interaction: StoredInteraction): CountedCall | null;
}

const NO_DISPOSITION = 'No disposition';
const LABELS = new Map(CLIENT_CATALOG.flatMap((c) => c.rules.dispositions.map((d) => [d.code, d.label] as const)));
/** A code a client's list names reads as its label; another (sent without a member) as itself, in words. */
const labelOf = (code: string | null) => (code === null ? NO_DISPOSITION : (LABELS.get(code) ?? code.replaceAll('_', ' ').toLowerCase().replace(/^./, (c) => c.toUpperCase())));

interface Sums { count: number; seconds: number }

/** Creates the figures over the repository; `teamOf` says which team a user is on (null: none). */
export function createFloorStats(repository: FloorRepository, teamOf: (userId: string) => string | null, now: () => number): FloorStats {
  let day = Number.NaN;
  let counted = new Set<string>();
  let agents = new Map<string, Sums>();
  let hours = new Map<string, Map<number, Sums>>();
  let codes = new Map<string, Map<string | null, number>>();

  const inner = <K, V>(map: Map<string, Map<K, V>>, key: string) => map.get(key) ?? map.set(key, new Map<K, V>()).get(key)!;
  const hourView = (hourMs: number, sums: Sums): FloorHour => ({ hourStart: new Date(hourMs).toISOString(), handledCount: sums.count, handleSeconds: sums.seconds });

  function count(interaction: StoredInteraction): CountedCall | null {
    const { record } = interaction;
    if (record.isMissed || counted.has(interaction.id)) return null;
    const teamId = teamOf(interaction.userId);
    const began = Date.parse(record.answeredAt ?? record.ringAt ?? record.endedAt ?? '');
    const atMs = Number.isFinite(began) ? began : interaction.savedAtMs;
    if (teamId === null || startOfDay(atMs) !== day) return null;
    counted.add(interaction.id);
    const seconds = record.talkSeconds + record.holdSeconds + record.wrapUpSeconds;
    const agent = agents.get(interaction.userId) ?? { count: 0, seconds: 0 };
    agents.set(interaction.userId, { count: agent.count + 1, seconds: agent.seconds + seconds });
    const hourMs = startOfHour(atMs);
    const teamHours = inner(hours, teamId);
    const hour = teamHours.get(hourMs) ?? { count: 0, seconds: 0 };
    teamHours.set(hourMs, { count: hour.count + 1, seconds: hour.seconds + seconds });
    const teamCodes = inner(codes, teamId);
    const code = record.dispositionCode;
    teamCodes.set(code, (teamCodes.get(code) ?? 0) + 1);
    return { userId: interaction.userId, teamId, hour: hourView(hourMs, teamHours.get(hourMs)!), disposition: { code, label: labelOf(code), count: teamCodes.get(code)! } };
  }

  /** A new day starts empty and counts what was saved since its midnight (a restart mid-day too). */
  function roll(): void {
    const today = startOfDay(now());
    if (today === day) return;
    day = today;
    counted = new Set();
    agents = new Map();
    hours = new Map();
    codes = new Map();
    for (const interaction of repository.interactionsSince(today)) count(interaction);
  }

  return {
    dayStartMs: () => (roll(), day),
    agent(userId) {
      roll();
      const sums = agents.get(userId);
      return { handledCount: sums?.count ?? 0, handleSeconds: sums?.seconds ?? 0 };
    },
    hours(teamId) {
      roll();
      return [...(hours.get(teamId) ?? new Map<number, Sums>())].sort(([a], [b]) => a - b).map(([hourMs, sums]) => hourView(hourMs, sums));
    },
    dispositions(teamId) {
      roll();
      return [...(codes.get(teamId) ?? new Map<string | null, number>())].map(([code, n]) => ({ code, label: labelOf(code), count: n })).sort(compareDispositions);
    },
    add(interaction) {
      roll();
      return count(interaction);
    },
  };
}
