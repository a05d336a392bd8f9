/**
 * What every participation change shares: the dependencies it writes through, the member it is made
 * for, and how its events record who acted, when, on whose authority and why.
 */
import type { ClientRules } from '../../shared/domain/client-rules';
import type { ParticipationEvent } from '../../shared/domain/participation';
import type { ChangeResult } from '../../shared/domain/participation-changes';
import type { User } from '../../shared/domain/session';
import type { ApprovalRepository } from '../database/create-approval-repository';
import type { ParticipationWriter } from '../database/create-participation-writer';
import type { MemberRecord, ProfileReader } from '../profile/create-profile-reader';
import { SandboxApiError } from '../server/sandbox-api-error';
import { newEventId } from './new-record-ids';

/** Where changes read and write; the caller holds the transaction. */
export interface ChangeDependencies {
  /** The business date: the day every change is processed. */
  readonly asOf: string;
  readonly now: () => Date;
  readonly profiles: ProfileReader;
  readonly writer: ParticipationWriter;
  readonly approvals: ApprovalRepository;
}

/** One change in progress: by whom, for which member, under which client's rules. */
export interface ChangeTarget {
  readonly user: User;
  readonly record: MemberRecord;
  readonly rules: ClientRules;
}

/** The event fields a change chooses; the rest say who, when and on whose authority. */
export type ChangeEventFields = Pick<ParticipationEvent, 'planYear' | 'kind' | 'effectiveOn' | 'channel' | 'confirmationNumber' | 'reasonCode' | 'note'>;

/** "Rep Jordan Alvarez", "Team lead Morgan Lee": the actor a change's history shows. */
export function actorLabel(user: User): string {
  return `${user.role === 'team_lead' ? 'Team lead' : 'Rep'} ${user.displayName}`;
}

/** An event processed today by the signed-in user on `authorizedBy`'s authority. */
export function changeEvent(deps: ChangeDependencies, target: ChangeTarget, authorizedBy: string, fields: ChangeEventFields): ParticipationEvent {
  return { id: newEventId(), occurredOn: deps.asOf, actor: actorLabel(target.user), actorId: target.user.id, authorizedBy, ...fields };
}

/** A refusal with the route's declared code (402 for a declined charge); business outcomes are never a 500. */
export function refuse(status: 402 | 409 | 422, code: string, message: string): SandboxApiError {
  return new SandboxApiError(status, code, message);
}

/** The answer: the outcome and the member's record as it is after the change. */
export function changeResult(
  deps: ChangeDependencies, target: ChangeTarget, outcome: Pick<ChangeResult, 'status' | 'confirmationNumber' | 'approvalId'>,
): ChangeResult {
  const after = deps.profiles.readRecord(target.record.memberKey);
  if (!after) throw new Error('The member vanished during a change.');
  return { ...outcome, profile: after.profile };
}
