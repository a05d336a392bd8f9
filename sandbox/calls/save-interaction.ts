/**
 * saveInteraction: stores the record the console's outbox sends after wrap-up, and adds the call to
 * the member's contact history — the disposition's label as the reason, the summary and what was done
 * as the notes, the interaction's own confirmation number. Runs inside the idempotency transaction; a
 * record already saved under another key answers its first confirmation number again (none doubled).
 */
import { randomBytes } from 'node:crypto';
import type { InteractionRecord } from '../../shared/calls/interaction';
import type { User } from '../../shared/domain/session';
import type { MemberRepository } from '../database/create-member-repository';
import { fingerprintRequest } from '../idempotency/fingerprint-request';
import { findClientRules } from '../seed/client-catalog';
import { openMember } from '../server/open-member';
import { SandboxApiError } from '../server/sandbox-api-error';
import type { CallRepository } from './create-call-repository';

/** What saving reads and writes. */
export interface SaveInteractionDependencies {
  readonly asOf: string;
  readonly now: () => Date;
  readonly members: MemberRepository;
  readonly repository: CallRepository;
}

const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const block = () => [...randomBytes(4)].map((byte) => BASE32[byte & 31]).join('');

const CALLERS: Record<NonNullable<InteractionRecord['verification']>['callerKind'], string> = {
  member: '', representative: 'Caller: a representative on file.', caregiver: 'Caller: a caregiver or family member without authority (general information only).',
  pharmacy: 'Caller: a pharmacy.', prospect: 'Caller: not a member yet.',
};

/**
 * The sandbox's business date with the instant's time of day: every change the sandbox makes is dated
 * on the business date, so the call that made it is too, and the timeline keeps them together.
 */
export function onBusinessDate(asOf: string, instant: string): string {
  return `${asOf}${new Date(instant).toISOString().slice(10)}`;
}

function notesOf(record: InteractionRecord): string {
  const actions = record.actions.map((a) => `${a.kind.replaceAll('-', ' ')}${a.confirmationNumber ? ` ${a.confirmationNumber}` : ''} (${a.status.replaceAll('_', ' ')})`);
  return [
    record.summary.trim() || (record.isMissed ? 'The caller hung up before the call was answered.' : ''),
    record.verification ? CALLERS[record.verification.callerKind] : '',
    actions.length > 0 ? `Actions: ${actions.join('; ')}.` : '',
  ].filter(Boolean).join(' ');
}

/** Saves the record for `user`; answers the interaction's id and confirmation number. */
export function saveInteraction(deps: SaveInteractionDependencies, user: User, record: InteractionRecord): { interactionId: string; confirmationNumber: string } {
  const fingerprint = fingerprintRequest('saveInteraction', null, record);
  const saved = deps.repository.findInteraction(record.id);
  if (saved) {
    if (saved.fingerprint !== fingerprint) {
      throw new SandboxApiError(409, 'INTERACTION_ALREADY_SAVED', 'This interaction was saved before with other details. A saved interaction is never overwritten.');
    }
    return { interactionId: record.id, confirmationNumber: saved.confirmationNumber };
  }
  const ref = record.memberId === null ? null : openMember(deps.members, user, record.memberId);
  const dispositions = ref ? (findClientRules(ref.clientId)?.dispositions ?? []) : [];
  const disposition = record.dispositionCode === null ? null : dispositions.find((d) => d.code === record.dispositionCode);
  if (ref && record.dispositionCode !== null && !disposition) {
    throw new SandboxApiError(422, 'UNKNOWN_DISPOSITION_CODE', "That disposition is not one of this member's health plan's codes. Pick one from the list.");
  }
  const confirmationNumber = `INT-${block()}-${block()}`;
  const nowMs = deps.now().getTime();
  deps.repository.insertInteraction({ id: record.id, userId: user.id, memberKey: ref?.memberKey ?? null, confirmationNumber, fingerprint, record, savedAtMs: nowMs });
  if (ref) {
    const at = record.answeredAt ?? record.ringAt ?? record.endedAt ?? new Date(nowMs).toISOString();
    deps.repository.appendContact(ref.memberKey, {
      id: `CNT-${confirmationNumber}`, occurredAt: onBusinessDate(deps.asOf, at), channel: 'phone', direction: record.direction, agentName: user.displayName,
      reason: disposition?.label ?? (record.isMissed ? 'Missed call' : 'Call'), notes: notesOf(record), confirmationNumber,
    });
  }
  for (const action of record.actions) {
    const target = action.confirmationNumber ? deps.members.findMemberRef(action.memberId) : null;
    if (target && action.confirmationNumber) deps.repository.recordActionTime(target.memberKey, action.confirmationNumber, onBusinessDate(deps.asOf, action.at));
  }
  return { interactionId: record.id, confirmationNumber };
}
