/**
 * The team area: which lead screen is open in place of the member area (the member and any open flow
 * stay in the store, untouched, so switching back loses nothing), the approvals queue as main last
 * said it, and the notices a rep or lead is told (a lead-only command asked for by a rep, a decision
 * on a rep's request). The queue and the notices name members, so they are reset with the PHI.
 */
import type { ApprovalDecidedEvent, ApprovalQueueItem, DecideApprovalRequest } from '../../../shared/api/approval-routes';
import type { ChangeView } from '../../../shared/ipc/views';
import { ApiError } from '../../api/api-error';
import type { SliceTools } from '../../state/console-state';
import type { LeadScreenId } from './lead-screens';

/** Said instead of nothing when a rep asks for a team-lead screen or command. */
export const LEADS_ONLY_MESSAGE = 'Team leads only: you are signed in as a rep.';

/** The approvals queue: not asked yet, loading, what main answered, or why it could not. */
export type ApprovalsQueue =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'loaded'; readonly items: readonly ApprovalQueueItem[] }
  | { readonly status: 'failed'; readonly message: string };

/** A decision on one of this user's requests, as main passed it on, with when it arrived. */
export interface DecisionNotice extends ApprovalDecidedEvent {
  readonly noticeId: string;
}

/** The team area's state and actions. */
export interface LeadSlice {
  readonly leadScreen: LeadScreenId | null;
  /** A one-line message for the polite live region (leads only, and the like); null when none. */
  readonly leadNotice: string | null;
  readonly approvalsQueue: ApprovalsQueue;
  /** Newest first. */
  readonly decisionNotices: readonly DecisionNotice[];
  /** Opens a lead screen for a team lead; a rep is told it is for team leads instead. */
  openLeadScreen(id: LeadScreenId): void;
  closeLeadScreen(): void;
  loadApprovals(): Promise<void>;
  /** One decision through main's write path (its actionId is the screen's). */
  decideApproval(input: { actionId: string; memberId: string; request: DecideApprovalRequest }): Promise<ChangeView>;
  /** Main said a lead decided this user's request: tell them, and show the member's record as it is now. */
  applyApprovalDecided(event: ApprovalDecidedEvent): void;
  dismissDecisionNotice(noticeId: string): void;
  clearLeadNotice(): void;
}

/** Builds the slice. */
export function createLeadSlice({ set, get, client, holdsPhi }: SliceTools): LeadSlice {
  let queueTicket = 0;
  const isLead = () => get().session?.user.role === 'team_lead';
  return {
    ...holdsPhi({ leadScreen: null, leadNotice: null, approvalsQueue: { status: 'idle' }, decisionNotices: [] }, () => {
      queueTicket += 1;
    }),

    openLeadScreen(id) {
      if (!isLead()) {
        set({ leadNotice: LEADS_ONLY_MESSAGE });
        return;
      }
      set({ leadScreen: id, leadNotice: null });
    },
    closeLeadScreen() {
      set({ leadScreen: null });
    },

    async loadApprovals() {
      const ticket = ++queueTicket;
      set({ approvalsQueue: { status: 'loading' } });
      try {
        const items = await client.listApprovals();
        if (ticket === queueTicket) set({ approvalsQueue: { status: 'loaded', items } });
      } catch (error: unknown) {
        if (ticket === queueTicket) set({ approvalsQueue: { status: 'failed', message: ApiError.from(error).message } });
      }
    },

    async decideApproval(input) {
      const change = await client.decideApproval(input);
      // Decided (by this lead, or already by another): it no longer waits, so it leaves the queue.
      const isGone = change.outcome.status === 'completed' || (change.outcome.status === 'refused' && change.outcome.code === 'ALREADY_DECIDED');
      const queue = get().approvalsQueue;
      if (isGone && queue.status === 'loaded') set({ approvalsQueue: { status: 'loaded', items: queue.items.filter((a) => a.id !== input.request.approvalId) } });
      return change;
    },

    applyApprovalDecided(event) {
      const notice: DecisionNotice = { ...event, noticeId: `${event.approvalId}:${event.confirmationNumber}` };
      if (get().decisionNotices.some((n) => n.noticeId === notice.noticeId)) return;
      set({ decisionNotices: [notice, ...get().decisionNotices].slice(0, 5) });
      if (get().memberView?.member.memberId === event.memberId) void get().openMember(event.memberId, { forceRefresh: true });
    },
    dismissDecisionNotice(noticeId) {
      set({ decisionNotices: get().decisionNotices.filter((n) => n.noticeId !== noticeId) });
    },
    clearLeadNotice() {
      set({ leadNotice: null });
    },
  };
}
