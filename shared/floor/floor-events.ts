/**
 * What the floor event stream (streamFloorEvents) sends: a whole board when a stream opens (or cannot
 * resume), then small deltas — one rep's row, the queue, a finished call's chart buckets — so a floor
 * of 200 reps costs a few hundred bytes per change, not the whole board.
 */
import { z } from 'zod';
import { FloorAgentSchema, FloorDispositionSchema, FloorHourSchema, FloorQueueSchema, FloorSnapshotSchema } from './floor-board';

/** One message's data (`event: floor`). Every delta carries whole rows, so applying one twice is harmless. */
export const FloorEventSchema = z.discriminatedUnion('type', [
  /** The whole board: replaces what the reader had. */
  z.object({ type: z.literal('snapshot'), snapshot: FloorSnapshotSchema }).strict(),
  /** One rep's row changed (their state, or their stats after a call). */
  z.object({ type: z.literal('agent'), agent: FloorAgentSchema }).strict(),
  /** The team's queue changed (a call rang in, was answered or abandoned). */
  z.object({ type: z.literal('queue'), queue: FloorQueueSchema }).strict(),
  /** A call was saved: the rep's row and the two chart buckets it changed. */
  z.object({ type: z.literal('interaction'), agent: FloorAgentSchema, hour: FloorHourSchema, disposition: FloorDispositionSchema }).strict(),
]);
export type FloorEvent = z.infer<typeof FloorEventSchema>;

/** The SSE event name the stream uses. */
export const FLOOR_STREAM_EVENT = 'floor';
