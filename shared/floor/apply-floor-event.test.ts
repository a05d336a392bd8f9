import { describe, expect, it } from 'vitest';
import type { FloorAgent, FloorSnapshot } from './floor-board';
import { applyFloorEvent } from './apply-floor-event';
import { summarizeFloor } from './summarize-floor';

const agent = (id: string, displayName: string, over: Partial<FloorAgent> = {}): FloorAgent => ({
  id, displayName, state: 'available', awayReason: null, since: '2026-11-16T15:00:00.000Z', handledCount: 0, handleSeconds: 0, ...over,
});

const BOARD: FloorSnapshot = {
  teamId: 'floor-1', teamName: "Morgan Lee's team", businessDate: '2026-11-15', dayStartedAt: '2026-11-16T05:00:00.000Z', generatedAt: '2026-11-16T15:00:00.000Z',
  agents: [agent('rep1', 'Jordan Alvarez', { handledCount: 2, handleSeconds: 300 }), agent('rep2', 'Priya Shah', { state: 'away', awayReason: 'lunch' })],
  queue: { waitingCount: 0, oldestWaitingSince: null },
  handleTimeByHour: [{ hourStart: '2026-11-16T14:00:00.000Z', handledCount: 2, handleSeconds: 300 }],
  callsByDisposition: [{ code: 'BILLING_QUESTION', label: 'Billing question answered', count: 2 }],
};

describe('applyFloorEvent', () => {
  it("replaces one rep's row, and adds a rep new to the board in name order", () => {
    const changed = applyFloorEvent(BOARD, { type: 'agent', agent: agent('rep2', 'Priya Shah', { state: 'on_call' }) });
    expect(changed?.agents.map((a) => [a.id, a.state])).toEqual([['rep1', 'available'], ['rep2', 'on_call']]);
    const added = applyFloorEvent(changed, { type: 'agent', agent: agent('agent007', 'Kevin Baker') });
    expect(added?.agents.map((a) => a.id)).toEqual(['rep1', 'agent007', 'rep2']);
  });

  it("takes a saved call's row and buckets, so the totals follow, and applying it twice changes nothing more", () => {
    const event = {
      type: 'interaction' as const,
      agent: agent('rep2', 'Priya Shah', { handledCount: 1, handleSeconds: 100 }),
      hour: { hourStart: '2026-11-16T13:00:00.000Z', handledCount: 1, handleSeconds: 100 },
      disposition: { code: 'OPT_IN', label: 'Opted in', count: 1 },
    };
    const once = applyFloorEvent(BOARD, event);
    expect(applyFloorEvent(once, event)).toEqual(once);
    expect(once && summarizeFloor(once)).toMatchObject({ handledCount: 3, handleSeconds: 400, averageHandleSeconds: 133 });
    expect(once?.handleTimeByHour.map((h) => h.hourStart)).toEqual(['2026-11-16T13:00:00.000Z', '2026-11-16T14:00:00.000Z']);
    expect(once?.callsByDisposition.map((d) => d.code)).toEqual(['BILLING_QUESTION', 'OPT_IN']);
  });

  it('waits for a snapshot before applying deltas, and a snapshot replaces everything', () => {
    expect(applyFloorEvent(null, { type: 'queue', queue: { waitingCount: 3, oldestWaitingSince: '2026-11-16T14:59:00.000Z' } })).toBeNull();
    expect(applyFloorEvent(BOARD, { type: 'snapshot', snapshot: { ...BOARD, agents: [] } })?.agents).toEqual([]);
  });

  it('has no average before the first handled call', () => {
    expect(summarizeFloor({ ...BOARD, agents: [agent('rep1', 'Jordan Alvarez', { state: 'offline' })] })).toMatchObject({ handledCount: 0, averageHandleSeconds: null, byState: { offline: 1, available: 0 } });
  });
});
