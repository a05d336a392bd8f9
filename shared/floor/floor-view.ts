/**
 * The floor board as main hands it to the renderer (floor:get, floor:changed): the board main keeps
 * from the backend's floor stream, and whether that stream is live, so the screen can say when what it
 * shows may be behind.
 */
import { z } from 'zod';
import { FloorSnapshotSchema } from './floor-board';

/** The feed's state: `connected` is live; `connecting` is (re)opening, the board shown may be behind. */
export const FloorFeedStateSchema = z.enum(['off', 'connecting', 'connected']);
export type FloorFeedState = z.infer<typeof FloorFeedStateSchema>;

export const FloorViewSchema = z
  .object({
    feed: FloorFeedStateSchema,
    /** Null until the backend first answered. */
    board: FloorSnapshotSchema.nullable(),
  })
  .strict();
export type FloorView = z.infer<typeof FloorViewSchema>;
