/** The last member search main answered; only the newest request may write, so a slow old answer never wins. */
import type { MemberSearchQuery } from '../../../shared/domain/member-search';
import type { SearchResult } from '../../../shared/ipc/views';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** Main's answer to the last search and the actions that ask or clear it. */
export interface SearchSlice {
  /** Null before any search (or after a cleared one); an empty array means main found no one. */
  readonly searchResults: readonly SearchResult[] | null;
  readonly searchError: string | null;
  readonly isSearching: boolean;
  searchMembers(query: MemberSearchQuery): Promise<void>;
  clearSearch(): void;
}

/** Builds the search slice. */
export function createSearchSlice(tools: SliceTools): SearchSlice {
  const { set, client } = tools;
  let latest = 0;
  return {
    // Forgetting also retires the ticket, so a search still in flight at sign-out never writes.
    ...tools.holdsPhi({ searchResults: null, searchError: null, isSearching: false }, () => (latest += 1)),

    async searchMembers(query) {
      const ticket = ++latest;
      // The last caller's results go at once: an arrow key pressed while this search runs must never
      // open someone from the previous search.
      set({ searchResults: null, isSearching: true, searchError: null });
      try {
        const results = await client.searchMembers(query);
        if (ticket === latest) set({ searchResults: results, isSearching: false });
      } catch (error: unknown) {
        if (ticket === latest) set({ searchResults: null, searchError: describeFailure(error, tools), isSearching: false });
      }
    },

    clearSearch() {
      latest += 1;
      set({ searchResults: null, searchError: null, isSearching: false });
    },
  };
}
