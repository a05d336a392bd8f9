/**
 * The floor events between the routes that change the floor and the team leads' open streams: each
 * event goes to every open stream of its team at once (no polling) and into a short per-team buffer,
 * so a lead's console reconnecting with Last-Event-ID gets the deltas it missed. Ids are
 * `<hub start>-<n>`: after a restart an old id matches nothing, and the reader gets a fresh snapshot.
 */
import type { FloorEvent } from '../../shared/floor/floor-events';

/** Receives one event and its stream id. */
export type FloorListener = (id: string, event: FloorEvent) => void;

/** What subscribing found: whether the missed deltas were replayed, and the id to send with a snapshot. */
export interface FloorSubscription {
  /** True when `lastEventId` was resumed (the deltas after it were handed over); false: send a snapshot. */
  readonly isResumed: boolean;
  /** The team's latest id, for the snapshot a non-resumed subscriber gets first. */
  readonly latestId: string;
  unsubscribe(): void;
}

/** Publishes per team. */
export interface FloorHub {
  publish(teamId: string, event: FloorEvent): void;
  /** Replays after `lastEventId` synchronously when it can, then follows live until unsubscribe(). */
  subscribe(teamId: string, lastEventId: string | null, listener: FloorListener): FloorSubscription;
  /** Open streams per team (tests and the bench). */
  listenerCount(teamId: string): number;
}

interface Buffered { readonly seq: number; readonly event: FloorEvent }

/** `epochMs` names this hub's ids; `bufferSize` deltas are kept per team (default 2,000). */
export function createFloorHub(epochMs: number, bufferSize = 2_000): FloorHub {
  let seq = 0;
  /** Per team: the kept deltas, and the last seq dropped from them (a resume from before it has a gap). */
  const buffers = new Map<string, { items: Buffered[]; droppedThrough: number }>();
  const listeners = new Map<string, Set<FloorListener>>();
  const idOf = (n: number) => `${epochMs}-${n}`;
  const seqOf = (id: string | null): number | null => {
    const match = id === null ? null : /^(\d{1,15})-(\d{1,15})$/.exec(id.trim());
    return match && Number(match[1]) === epochMs ? Number(match[2]) : null;
  };
  return {
    publish(teamId, event) {
      seq += 1;
      const buffer = buffers.get(teamId) ?? { items: [], droppedThrough: 0 };
      buffer.items.push({ seq, event });
      if (buffer.items.length > bufferSize) buffer.droppedThrough = buffer.items.splice(0, buffer.items.length - bufferSize).at(-1)?.seq ?? buffer.droppedThrough;
      buffers.set(teamId, buffer);
      for (const listener of [...(listeners.get(teamId) ?? [])]) listener(idOf(seq), event);
    },
    subscribe(teamId, lastEventId, listener) {
      const buffer = buffers.get(teamId) ?? { items: [], droppedThrough: 0 };
      const after = seqOf(lastEventId);
      // Resumable only when none of the team's deltas after it has been dropped from the buffer.
      const isResumed = after !== null && after <= seq && after >= buffer.droppedThrough;
      if (isResumed) for (const item of buffer.items) if (item.seq > after) listener(idOf(item.seq), item.event);
      const set = listeners.get(teamId) ?? new Set<FloorListener>();
      set.add(listener);
      listeners.set(teamId, set);
      return {
        isResumed,
        latestId: idOf(seq),
        unsubscribe() {
          set.delete(listener);
          if (set.size === 0 && listeners.get(teamId) === set) listeners.delete(teamId);
        },
      };
    },
    listenerCount: (teamId) => listeners.get(teamId)?.size ?? 0,
  };
}
