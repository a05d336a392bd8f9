/**
 * The live floor board's routes, for team leads only: the board of the lead's team as one answer, and
 * the same board kept live over server-sent events (a snapshot first, then small deltas).
 */
import { z } from 'zod';
import { FloorSnapshotSchema } from '../floor/floor-board';
import { FloorEventSchema } from '../floor/floor-events';
import type { ApiRoute } from './api-route';

/**
 * One message of the floor event stream, as its fields: `id:` (send the last one seen as
 * `Last-Event-ID` when reconnecting), `event: floor`, and `data:` one FloorEvent as JSON.
 */
export const FloorStreamEventSchema = z
  .object({ id: z.string().regex(/^\d{1,15}-\d{1,15}$/), event: z.literal('floor'), data: FloorEventSchema })
  .meta({
    description: 'Sent as text/event-stream, not JSON: each message is `id: <stream>-<n>`, `event: floor` and `data: <FloorEvent JSON>` lines and a blank line. '
      + 'The first message is a snapshot (unless a Last-Event-ID resumed the stream: then the deltas missed come first); '
      + 'comment lines (`: heartbeat`) arrive about every 15 seconds.',
  });

export const floorRoutes = {
  getFloor: {
    operationId: 'getFloor',
    summary: "The floor board of the signed-in team lead's team: every rep's state and since when, calls waiting and the longest wait, "
      + "calls handled today and handle time (talk + hold + wrap-up) per rep, handle time by hour and calls by disposition. Today is the backend's business date.",
    method: 'GET',
    path: '/v1/team/floor',
    response: FloorSnapshotSchema,
    roles: ['team_lead'],
  },
  streamFloorEvents: {
    operationId: 'streamFloorEvents',
    summary: "Server-sent events (text/event-stream) keeping the team lead's floor board live: a snapshot, then one small delta per change "
      + "(a rep's state or stats, the queue, a saved call's chart buckets) as it happens. Reconnect with `Last-Event-ID` to get the deltas missed, "
      + 'or a fresh snapshot when they are no longer kept. The stream ends when the session is revoked or expires.',
    method: 'GET',
    path: '/v1/team/floor/events',
    response: FloorStreamEventSchema,
    roles: ['team_lead'],
  },
} as const satisfies Record<string, ApiRoute>;
