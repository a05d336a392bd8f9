/** The fake bridge's floor board: answers floor:get like main, and lets a test push floor:changed as main would. */
import type { FloorSnapshot } from '../../../../shared/floor/floor-board';
import type { FloorView } from '../../../../shared/floor/floor-view';
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import type { Result } from '../../../../shared/ipc/result';

type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** The methods for the bridge and the handles a test acts with. */
export interface FakeFloor {
  readonly api: Pick<RepConsoleApi, 'getFloor' | 'closeFloor' | 'onFloorChanged'>;
  /** What floor:get answers from now on (and, with `push`, sends as floor:changed). */
  setFloor(view: FloorView, options?: { push?: boolean }): void;
  /** How many floor:changed listeners the renderer holds (it should hold one only while the board is open). */
  floorListeners(): number;
  /** How many times the renderer told main the board closed. */
  floorCloses(): number;
}

/** A team board with nobody on it yet. */
export function emptyFloorBoard(overrides: Partial<FloorSnapshot> = {}): FloorSnapshot {
  return {
    teamId: 'floor-1', teamName: "Morgan Lee's team", businessDate: '2026-03-01', dayStartedAt: '2026-03-01T05:00:00.000Z', generatedAt: '2026-03-01T14:00:00.000Z',
    agents: [], queue: { waitingCount: 0, oldestWaitingSince: null }, handleTimeByHour: [], callsByDisposition: [], ...overrides,
  };
}

/** Builds the fake: connected, an empty board. */
export function createFakeFloor(answer: Answer): FakeFloor {
  let view: FloorView = { feed: 'connected', board: emptyFloorBoard() };
  const listeners = new Set<(view: FloorView) => void>();
  let closes = 0;
  return {
    api: {
      getFloor: () => answer('getFloor', () => view),
      closeFloor: () => answer('closeFloor', () => ((closes += 1), null)),
      onFloorChanged: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    setFloor(next, options = {}) {
      view = next;
      if (options.push) listeners.forEach((listener) => listener(next));
    },
    floorListeners: () => listeners.size,
    floorCloses: () => closes,
  };
}
