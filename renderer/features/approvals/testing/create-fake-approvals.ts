/**
 * The approvals part of the fake bridge: a queue a test fills, decisions recorded as main would get
 * them (each answered completed with a confirmation number unless the test scripts a refusal), and
 * a handle to push `approvals:decided` as main does when a lead decides this user's request.
 */
import type { ApprovalDecidedEvent, ApprovalQueueItem, DecideApprovalRequest } from '../../../../shared/api/approval-routes';
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import type { Result } from '../../../../shared/ipc/result';
import type { ChangeOutcome } from '../../../../shared/ipc/views';

type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** The bridge methods and the handles a test drives them with. */
export interface FakeApprovals {
  readonly api: Pick<RepConsoleApi, 'listApprovals' | 'decideApproval' | 'onApprovalDecided'>;
  /** Replaces what approvals:list answers. */
  setApprovalsQueue(items: readonly ApprovalQueueItem[]): void;
  /** Every decision sent, in order. */
  readonly decisions: { actionId: string; memberId: string; request: DecideApprovalRequest }[];
  /** The outcome the next decision gets (default: completed, RFD-/M3P-TEST-0001). */
  answerNextDecision(outcome: ChangeOutcome): void;
  emitApprovalDecided(event: ApprovalDecidedEvent): void;
}

/** Builds the approvals fake over the shared `answer` (failNext and holdNext work on it). */
export function createFakeApprovals(answer: Answer): FakeApprovals {
  let queue: readonly ApprovalQueueItem[] = [];
  let next: ChangeOutcome | null = null;
  const decisions: FakeApprovals['decisions'] = [];
  const listeners = new Set<(event: ApprovalDecidedEvent) => void>();
  return {
    api: {
      listApprovals: () => answer('listApprovals', () => [...queue]),
      decideApproval: (input) => {
        decisions.push(input);
        return answer('decideApproval', () => {
          const outcome = next ?? { status: 'completed' as const, confirmationNumber: 'M3P-TEST-0001' };
          next = null;
          return { actionId: input.actionId, outcome, view: null };
        });
      },
      onApprovalDecided: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    setApprovalsQueue: (items) => {
      queue = items;
    },
    decisions,
    answerNextDecision: (outcome) => {
      next = outcome;
    },
    emitApprovalDecided: (event) => listeners.forEach((l) => l(event)),
  };
}
