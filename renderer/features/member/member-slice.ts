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
  /** The whole MBI main revealed on the rep's request (audited there); null while masked. */
  readonly revealedMbi: string | null;
  /** Main's word when it would not reveal the MBI (the caller is not verified). */
  readonly mbiError: string | null;
  /** `forceRefresh` asks main to revalidate even a fresh cached copy (Refresh member). */
  openMember(memberId: string, options?: { forceRefresh?: boolean }): Promise<void>;
  applyMemberRefreshed(view: MemberProfileView): void;
  applyMemberRefreshFailed(failure: RefreshFailure): void;
  /** Shows the whole MBI (asking main, which audits it) or masks it again. */
  toggleMbi(): Promise<void>;
  closeMember(): void;
}

/** Builds the member slice. */
export function createMemberSlice(tools: SliceTools): MemberSlice {
  const { set, get, client } = tools;
  const openId = () => get().memberView?.member.memberId ?? null;
  const masked = { isMbiShown: false, revealedMbi: null, mbiError: null } as const;

  // An open still in flight at sign-out finds openingMemberId cleared and drops its answer.
  const empty = tools.holdsPhi({ memberView: null, openingMemberId: null, memberError: null, refreshFailure: null, ...masked });
  return {
    ...empty,

    async openMember(memberId, options = {}) {
      set({ openingMemberId: memberId, memberError: null });
      try {
        const view = await client.openMember({ memberId, ...(options.forceRefresh ? { forceRefresh: true } : {}) });
        if (get().openingMemberId !== memberId) return;
        const isStillShown = openId() === view.member.memberId && view.profile !== null;
        set({ memberView: view, openingMemberId: null, refreshFailure: null, ...(isStillShown ? {} : masked) });
        void get().loadRecent();
      } catch (error: unknown) {
        const message = describeFailure(error, tools);
        if (get().openingMemberId === memberId) set({ openingMemberId: null, memberError: message });
      }
    },

    applyMemberRefreshed(view) {
      if (openId() !== view.member.memberId) return;
      // The member's search result shows the status main just sent, not the one it was found with.
      const { memberId } = view.member;
      const participationStatus = view.profile?.participation.status ?? view.participation?.status;
      const searchResults = participationStatus
        ? get().searchResults?.map((result) => (result.summary.memberId === memberId ? { ...result, summary: { ...result.summary, participationStatus } } : result))
        : undefined;
      // A view cut down (the caller changed, a new call rang) takes the whole MBI off screen with the rest.
      set({ memberView: view, refreshFailure: null, ...(searchResults ? { searchResults } : {}), ...(view.profile ? {} : masked) });
      void get().loadRecent();
    },

    applyMemberRefreshFailed(failure) {
      if (openId() !== failure.memberId) return;
      set({ refreshFailure: failure });
    },

    async toggleMbi() {
      const memberId = get().memberView?.profile?.member.memberId;
      if (!memberId) return;
      if (get().isMbiShown) return set(masked);
      try {
        const { mbi } = await client.revealMbi({ memberId });
        if (openId() === memberId && get().memberView?.profile) set({ isMbiShown: true, revealedMbi: mbi, mbiError: null });
      } catch (error: unknown) {
        if (openId() === memberId) set({ mbiError: describeFailure(error, tools) });
      }
    },

    closeMember() {
      set(empty);
    },
  };
}
