/** The handlers of shared/api/approval-routes.ts: the queue a lead sees and the decision they make. */
import type { RouteHandlers } from '../server/create-route-handlers';
import { assignedClientIds } from '../server/client-access';
import { decideApproval, type DecisionDependencies } from './decide-approval';

/** The approvals routes. */
export type ApprovalHandlers = Pick<RouteHandlers, 'listApprovals' | 'decideApproval'>;

/** Binds the handlers; the route registration has already checked the team-lead role. */
export function createApprovalHandlers(deps: DecisionDependencies): ApprovalHandlers {
  return {
    // Only the lead's own clients: a lead of one plan never sees another plan's members.
    listApprovals: ({ user }) => ({ approvals: deps.approvals.listQueue(assignedClientIds(user)) }),
    decideApproval: ({ params, body, user }) => {
      if (!user) throw new Error('decideApproval reached without a signed-in user.');
      return decideApproval(deps, user, params.approvalId, body);
    },
  };
}
