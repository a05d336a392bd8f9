/** The open member as main last sent it (cache or backend), plus main's word when a background refresh failed. */
import type { MemberProfileView } from '../../../shared/ipc/views';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** What main said when a background refresh failed, and for which member. */
export interface RefreshFailure {
  readonly memberId: string;
  readonly message: string;
}

/** Member state and the actions that ask main for it or apply its events. */
export interface MemberSlice {
  readonly memberView: MemberProfileView | null;
  /** The member being opened (a first open or a refresh); null when idle. */
  readonly openingMemberId: string | null;
  readonly memberError: string | null;
  readonly refreshFailure: RefreshFailure | null;
  /** Whether the rep chose to see the whole MBI; reset for every other member (show PHI only on purpose). */
  readonly isMbiShown: boolean;
  /** `forceRefresh` asks main to revalidate even a fresh cached copy (Refresh member). */
  openMember(memberId: string, options?: { forceRefresh?: boolean }): Promise<void>;
  applyMemberRefreshed(view: MemberProfileView): void;
  applyMemberRefreshFailed(failure: RefreshFailure): void;
  toggleMbi(): void;
  closeMember(): void;
}

/** Builds the member slice. */
export function createMemberSlice(tools: SliceTools): MemberSlice {
  const { set, get, client } = tools;
  const openId = () => get().memberView?.profile.member.memberId ?? null;

  // An open still in flight at sign-out finds openingMemberId cleared and drops its answer.
  const empty = tools.holdsPhi({ memberView: null, openingMemberId: null, memberError: null, refreshFailure: null, isMbiShown: false });
  return {
    ...empty,

    async openMember(memberId, options = {}) {
      set({ openingMemberId: memberId, memberError: null });
      try {
        const view = await client.openMember({ memberId, ...(options.forceRefresh ? { forceRefresh: true } : {}) });
        if (get().openingMemberId !== memberId) return;
        const isSameMember = openId() === view.profile.member.memberId;
        set({
          memberView: view,
          openingMemberId: null,
          refreshFailure: null,
          isMbiShown: isSameMember && get().isMbiShown,
        });
        void get().loadRecent();
      } catch (error: unknown) {
        const message = describeFailure(error, tools);
        if (get().openingMemberId === memberId) set({ openingMemberId: null, memberError: message });
      }
    },

    applyMemberRefreshed(view) {
      if (openId() !== view.profile.member.memberId) return;
      // The member's search result shows the status main just sent, not the one it was found with.
      const { memberId } = view.profile.member;
      const participationStatus = view.profile.participation.status;
      const searchResults = get().searchResults?.map((result) =>
        result.summary.memberId === memberId ? { ...result, summary: { ...result.summary, participationStatus } } : result,
      );
      set({ memberView: view, refreshFailure: null, ...(searchResults ? { searchResults } : {}) });
      void get().loadRecent();
    },

    applyMemberRefreshFailed(failure) {
      if (openId() !== failure.memberId) return;
      set({ refreshFailure: failure });
    },

    toggleMbi() {
      if (get().memberView) set({ isMbiShown: !get().isMbiShown });
    },

    closeMember() {
      set(empty);
    },
  };
}
