/** Which backend route carries a team lead's decision, with the request typed by that route. */
import type { DecideApprovalRequest } from '../../shared/api/approval-routes';
import type { ChangeSender } from '../operations/create-change-runner';
import type { ApprovalOperationKind } from '../store/create-operation-store';

export const approvalSenders: Readonly<Record<ApprovalOperationKind, ChangeSender>> = {
  // The member is the request's (the runner caches their record after); the route names only the request.
  'decide-approval': (backend, _memberId, request, idempotencyKey, token) => {
    const { approvalId, decision, reason } = request as DecideApprovalRequest;
    return backend.call('decideApproval', { params: { approvalId }, body: { decision, reason }, idempotencyKey, token });
  },
};
