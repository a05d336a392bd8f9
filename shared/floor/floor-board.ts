/**
 * The live floor board's data, one definition for the backend (getFloor, the floor event stream), main
 * (the feed it keeps) and the renderer (the board): a team's reps with their state and today's calls,
 * the team's queue, and the two charts. Averages are never sent: they are computed from the sums, so a
 * total and its parts cannot disagree.
 */
import { z } from 'zod';
import { AgentStateSchema, AwayReasonSchema } from '../calls/call-events';
import { DispositionCodeSchema } from '../calls/interaction';
import { IsoDateSchema, IsoDateTimeSchema } from '../domain/primitives';
import { UserSchema } from '../domain/session';

const Count = z.number().int().min(0);

/** One rep on the floor: their state with since-when, and their handled calls today. */
export const FloorAgentSchema = z
  .object({
    id: UserSchema.shape.id,
    displayName: z.string().min(1).max(120),
    state: AgentStateSchema,
    /** Why they are away (away only). */
    awayReason: AwayReasonSchema.nullable(),
    /** When they entered the state; null for a rep who never reported one (shown offline). */
    since: IsoDateTimeSchema.nullable(),
    /** Calls answered and saved today (missed calls are not handled). */
    handledCount: Count,
    /** Their talk + hold + wrap-up seconds summed over those calls. */
    handleSeconds: Count,
  })
  .strict();
export type FloorAgent = z.infer<typeof FloorAgentSchema>;

/** The team's queue: calls that rang in and nobody has answered yet. */
export const FloorQueueSchema = z
  .object({
    waitingCount: Count,
    /** When the longest-waiting call rang in; null when none is waiting. */
    oldestWaitingSince: IsoDateTimeSchema.nullable(),
  })
  .strict();
export type FloorQueue = z.infer<typeof FloorQueueSchema>;

/** Handled calls whose call began in one clock hour (the handle-time chart's bar). */
export const FloorHourSchema = z.object({ hourStart: IsoDateTimeSchema, handledCount: Count, handleSeconds: Count }).strict();
export type FloorHour = z.infer<typeof FloorHourSchema>;

/** Handled calls by wrap-up disposition; `code` null for calls saved without one. */
export const FloorDispositionSchema = z.object({ code: DispositionCodeSchema.nullable(), label: z.string().min(1).max(120), count: Count }).strict();
export type FloorDisposition = z.infer<typeof FloorDispositionSchema>;

/** The whole board for one team lead's team. */
export const FloorSnapshotSchema = z
  .object({
    teamId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    teamName: z.string().min(1).max(120),
    /** The backend's business date, which "today" means. */
    businessDate: IsoDateSchema,
    /** When today began on the backend's clock: handled calls and charts count from here. */
    dayStartedAt: IsoDateTimeSchema,
    /** When the backend built this board. */
    generatedAt: IsoDateTimeSchema,
    agents: z.array(FloorAgentSchema).max(2_000),
    queue: FloorQueueSchema,
    /** Oldest hour first; only hours with handled calls. */
    handleTimeByHour: z.array(FloorHourSchema).max(25),
    /** Most calls first. */
    callsByDisposition: z.array(FloorDispositionSchema).max(100),
  })
  .strict();
export type FloorSnapshot = z.infer<typeof FloorSnapshotSchema>;
