/**
 * The contacts a participation event leaves behind: the call or form that asked for it and the
 * letter that answered it, worded the way reps write notes.
 */
import type { ParticipationEvent } from '../../shared/domain/participation';
import { formatIsoDate } from '../../shared/lib/dates';
import { describeReasonCode } from '../../shared/m3p/reason-codes';
import { isoDates } from '../calendar/iso-dates';
import type { ContactDraft, ContactSources } from './generate-contacts';

type Source = Pick<ContactSources, 'repName' | 'pharmacyName' | 'random'>;

function request(src: Source, event: ParticipationEvent, what: 'opt-in' | 'opt-out'): ContactDraft {
  const base = { on: event.occurredOn, direction: 'inbound' as const, confirmationNumber: event.confirmationNumber };
  const explained = what === 'opt-in'
    ? 'Explained there is no interest or fee, that the first bill is capped, and that bills arrive monthly.'
    : 'Explained that the remaining balance is still billed monthly and that they can opt in again later.';
  switch (event.channel) {
    case 'web':
      return { ...base, channel: 'web', agentName: 'Member portal', reason: `M3P ${what} request (online)`, notes: `Member submitted the ${what} request on the member website.` };
    case 'mail':
      return { ...base, channel: 'mail', agentName: 'Enrollment team', reason: what === 'opt-in' ? 'Election form received' : 'Opt-out letter received', notes: `Paper ${what} request received and entered.` };
    case 'point_of_sale':
      return { ...base, channel: 'phone', agentName: src.repName(), reason: 'Urgent opt-in from pharmacy',
        notes: `Pharmacist at ${src.pharmacyName} called during the member's visit. Processed as urgent so the member pays $0 at the counter today.` };
    default:
      return { ...base, channel: 'phone', agentName: src.repName(), reason: `M3P ${what} request`, notes: `Member asked to ${what === 'opt-in' ? 'join' : 'leave'} the payment plan. ${explained} Read back the confirmation number.` };
  }
}

function letter(event: ParticipationEvent, on: string, reason: string, notes: string): ContactDraft {
  return { on, channel: 'mail', direction: 'outbound', agentName: 'System', reason, notes, confirmationNumber: event.confirmationNumber };
}

function termination(src: Source, event: ParticipationEvent): ContactDraft[] {
  const ended = formatIsoDate(event.effectiveOn ?? event.occurredOn);
  switch (event.reasonCode) {
    case 'TRM-NONPAYMENT': {
      const graceEnds = event.effectiveOn ?? event.occurredOn;
      const noticeOn = isoDates.addDays(isoDates.dateOf(isoDates.yearOf(graceEnds), isoDates.monthOf(graceEnds) - 1, 25), 12);
      return [
        { on: noticeOn, channel: 'mail', direction: 'outbound', agentName: 'System', reason: 'Past-due notice mailed', confirmationNumber: null,
          notes: `A bill is unpaid. Grace period ends ${formatIsoDate(graceEnds)}; participation ends if the balance is not paid by then.` },
        { on: isoDates.addDays(noticeOn, 9), channel: 'phone', direction: 'outbound', agentName: src.repName(), reason: 'Past-due reminder call', confirmationNumber: null,
          notes: 'Left a voicemail about the unpaid bill and the grace period. No card details taken.' },
        letter(event, event.occurredOn, 'Termination notice mailed', `Participation ended for non-payment on ${ended}. The balance is still owed; a new election next year may be refused until it is paid.`),
      ];
    }
    case 'TRM-DECEASED':
      return [{ on: event.occurredOn, channel: 'phone', direction: 'inbound', agentName: src.repName(), reason: 'Death reported', confirmationNumber: event.confirmationNumber,
        notes: `Family member reported the member's death. Offered condolences; participation ended as of ${ended}. Remaining balance referred to the estate team.` }];
    case 'TRM-PLAN-CHANGE':
      return [letter(event, event.occurredOn, 'Termination notice mailed', `Participation ended ${ended}: the member changed plans. They can opt in again under the new plan.`)];
    case 'TRM-END-OF-YEAR':
      return [letter(event, event.occurredOn, 'Termination notice mailed', `Participation ended with the plan year on ${ended}.`)];
    default:
      return [letter(event, event.occurredOn, 'Termination notice mailed', `Participation ended at the member's request on ${ended}. The remaining balance is billed monthly.`)];
  }
}

/** Contacts for one event; renewals and decisions are letters, requests are calls, forms or web sessions. */
export function describeEvent(src: Source, event: ParticipationEvent): ContactDraft[] {
  switch (event.kind) {
    case 'opt_in_requested': return [request(src, event, 'opt-in')];
    case 'opt_out_requested': return [request(src, event, 'opt-out')];
    case 'opt_in_approved':
      return [letter(event, event.occurredOn, 'Acceptance notice mailed', `Participation effective ${formatIsoDate(event.effectiveOn ?? event.occurredOn)}. The notice explains how the first bill is figured.`)];
    case 'opt_in_rejected':
      return [letter(event, event.occurredOn, 'Rejection notice mailed', `${describeReasonCode(event.reasonCode ?? '')} The member may send a new request.`)];
    case 'renewed':
      return [letter(event, isoDates.addDays(event.occurredOn, -src.random.int(20, 40)), 'Renewal notice mailed', `Participation renews automatically for ${event.planYear}. The member can opt out at any time.`)];
    case 'terminated': return termination(src, event);
    default: return [];
  }
}
