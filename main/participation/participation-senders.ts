/** Which backend route carries each participation action, with the request typed by that route. */
import type { EffectiveDateChange, OptInRequest, OptOutRequest } from '../../shared/domain/participation-changes';
import type { ChangeSender } from '../operations/create-change-runner';
import type { ParticipationOperationKind } from '../store/create-operation-store';

export const participationSenders: Readonly<Record<ParticipationOperationKind, ChangeSender>> = {
  'opt-in': (backend, memberId, request, idempotencyKey, token) =>
    backend.call('optInMember', { params: { memberId }, body: request as OptInRequest, idempotencyKey, token }),
  'opt-out': (backend, memberId, request, idempotencyKey, token) =>
    backend.call('optOutMember', { params: { memberId }, body: request as OptOutRequest, idempotencyKey, token }),
  'change-effective-date': (backend, memberId, request, idempotencyKey, token) =>
    backend.call('changeEffectiveDate', { params: { memberId }, body: request as EffectiveDateChange, idempotencyKey, token }),
};
