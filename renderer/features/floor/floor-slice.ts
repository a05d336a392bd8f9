/**
 * The floor board's state: the board main keeps from the backend's floor stream, as main last sent it
 * (never patched here). Main opens the stream when the board opens and closes it when the board
 * closes; the slice listens meanwhile and forgets the board at sign-out. Only types are imported here: the
 * board and its chart library stay in the lazily loaded screen.
 */
import type { FloorView } from '../../../shared/floor/floor-view';
import { ApiError } from '../../api/api-error';
import type { SliceTools } from '../../state/console-state';

/** The floor board's slice. */
export interface FloorSlice {
  /** Null until main first answers. */
  readonly floor: FloorView | null;
  /** Why the board could not be loaded (not a lead, backend unreachable). */
  readonly floorError: string | null;
  /** The board is on screen: follow main's changes and ask for the board. */
  openFloor(): Promise<void>;
  /** The board left the screen: stop following, and main closes the floor stream until the next open. */
  closeFloor(): void;
}

/** Builds the slice. */
export function createFloorSlice({ set, client, holdsPhi }: SliceTools): FloorSlice {
  let unsubscribe: (() => void) | null = null;
  let ticket = 0;
  const stop = () => {
    ticket += 1;
    unsubscribe?.();
    unsubscribe = null;
  };
  return {
    // Not PHI, but nobody's floor is left on screen once the lead signed out.
    ...holdsPhi({ floor: null, floorError: null }, stop),

    async openFloor() {
      stop();
      const mine = ticket;
      unsubscribe = client.onFloorChanged((floor) => {
        if (mine === ticket) set({ floor, floorError: null });
      });
      try {
        const floor = await client.getFloor();
        // Main's board as of its answer: a change it pushed before answering is in it too.
        if (mine === ticket) set({ floor, floorError: null });
      } catch (error: unknown) {
        if (mine === ticket) set({ floorError: ApiError.from(error).message });
      }
    },

    closeFloor() {
      stop();
      // Best effort: the stream also ends at sign-out; a failure here costs only bandwidth.
      client.closeFloor().catch(() => undefined);
    },
  };
}
