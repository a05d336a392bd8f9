/** The rep's recent lookups as main lists them (newest first), each answerable from the cache. */
import type { RecentLookup } from '../../../shared/ipc/views';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** The recent list and the action that reloads it from main. */
export interface RecentSlice {
  /** Null until main first answers; a reload keeps the old list on screen so focus stays put. */
  readonly recentMembers: readonly RecentLookup[] | null;
  readonly recentError: string | null;
  loadRecent(): Promise<void>;
  clearRecent(): void;
}

/** Builds the recent-lookups slice. */
export function createRecentSlice(tools: SliceTools): RecentSlice {
  const { set, client } = tools;
  let latest = 0;
  return {
    ...tools.holdsPhi({ recentMembers: null, recentError: null }, () => (latest += 1)),

    async loadRecent() {
      const ticket = ++latest;
      try {
        const recentMembers = await client.listRecentMembers();
        if (ticket === latest) set({ recentMembers, recentError: null });
      } catch (error: unknown) {
        if (ticket === latest) set({ recentError: describeFailure(error, tools) });
      }
    },

    clearRecent() {
      latest += 1;
      set({ recentMembers: null, recentError: null });
    },
  };
}
