/**
 * The approvals area's handlers: the team lead's queue, read from the backend each time (it is the
 * backend's now, and never cached: it names members), and a decision, which is a change like any
 * other and takes the write path (one operation and one Idempotency-Key per actionId).
 */
import type { BackendClient } from '../backend/create-backend-client';
import type { InvokeHandlers } from '../ipc/handlers';
import type { ChangeRunner } from '../operations/create-change-runner';

type ApprovalHandlers = Pick<InvokeHandlers, 'approvals:list' | 'approvals:decide'>;

/** Builds the handlers over the runner and the backend; the backend refuses a rep (FORBIDDEN). */
export function createApprovalHandlers(deps: { runner: ChangeRunner; backend: () => BackendClient }): ApprovalHandlers {
  return {
    'approvals:list': async () => (await deps.backend().call('listApprovals')).approvals,
    'approvals:decide': (input) => deps.runner.run('decide-approval', input),
  };
}
