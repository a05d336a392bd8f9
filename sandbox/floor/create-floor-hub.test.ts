import { describe, expect, it } from 'vitest';
import type { FloorEvent } from '../../shared/floor/floor-events';
import { createFloorHub } from './create-floor-hub';

const queue = (waitingCount: number): FloorEvent => ({ type: 'queue', queue: { waitingCount, oldestWaitingSince: null } });

describe('the floor hub', () => {
  it("resumes after an id it still holds every later delta of, per team; otherwise the reader needs a snapshot", () => {
    const hub = createFloorHub(1_700_000_000_000, 2);
    const ids: string[] = [];
    const first = hub.subscribe('floor-1', null, (id) => ids.push(id));
    expect(first.isResumed).toBe(false);
    hub.publish('floor-1', queue(1));
    hub.publish('floor-2', queue(9)); // another team's: never delivered here, and no gap for this one
    hub.publish('floor-1', queue(2));
    hub.publish('floor-1', queue(3));
    first.unsubscribe();
    expect(ids).toHaveLength(3);
    const seen: FloorEvent[] = [];
    const resumed = hub.subscribe('floor-1', ids[0]!, (_id, event) => seen.push(event));
    expect(resumed.isResumed).toBe(true);
    expect(seen).toEqual([queue(2), queue(3)]);
    resumed.unsubscribe();
    // The buffer holds two: a reader from before the first delta has missed one it cannot get back.
    expect(hub.subscribe('floor-1', `1700000000000-0`, () => {}).isResumed).toBe(false);
    expect(hub.subscribe('floor-1', `1600000000000-${ids[2]!.split('-')[1]}`, () => {}).isResumed).toBe(false);
    expect(hub.subscribe('floor-1', ids[2]!, () => {}).isResumed).toBe(true);
    expect(hub.listenerCount('floor-1')).toBe(3);
  });
});
