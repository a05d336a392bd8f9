/**
 * The member's contact history as one timeline, built when the profile is read: the stored contact
 * notes (calls, IVR and web visits, letters, saved interactions) merged with the actions on the record
 * (opt-ins, opt-outs, back-dates, payments, refunds). An action whose confirmation number a contact
 * already carries (the call that took the payment) marks that contact instead of appearing twice.
 * One code path, so the timeline can never disagree with the record it is read from.
 */
import type { Contact, ContactActionKind, ContactChannel, ContactNote } from '../../shared/domain/contacts';
import type { ParticipationEvent } from '../../shared/domain/participation';
import type { Payment } from '../../shared/domain/payments';
import type { Refund } from '../../shared/domain/refunds';
import { formatIsoDate } from '../../shared/lib/dates';
import { formatCents } from '../../shared/lib/money';
import { describeReasonCode } from '../../shared/m3p/reason-codes';

/** What the timeline is built from; every list newest first, as the profile repository reads them. */
export interface TimelineSources {
  readonly notes: readonly ContactNote[];
  readonly events: readonly ParticipationEvent[];
  readonly payments: readonly Payment[];
  readonly refunds: readonly Refund[];
  /** When an action was taken, by confirmation number, from the interactions saved for the member. */
  readonly actionTimes: ReadonlyMap<string, string>;
}

type Action = Omit<Contact, 'kind' | 'actionKind' | 'occurredAt'> & { readonly actionKind: ContactActionKind; readonly on: string };

const EVENT_ACTIONS: Partial<Record<ParticipationEvent['kind'], ContactActionKind>> = {
  opt_in_requested: 'opt_in', opt_in_approved: 'opt_in', opt_out_requested: 'opt_out', effective_date_changed: 'back_date', effective_date_change_pending: 'back_date',
  effective_date_change_rejected: 'back_date',
};
const PAYMENT_CHANNELS: Partial<Record<Payment['source'], { channel: ContactChannel; agentName: string; reason: string }>> = {
  phone: { channel: 'phone', agentName: 'Member services', reason: 'Payment by phone' },
  web: { channel: 'web', agentName: 'Member portal', reason: 'Payment online' },
  mail: { channel: 'mail', agentName: 'Payment processing', reason: 'Payment by mail' },
};
const REFUND_REASONS: Record<Refund['kind'], string> = {
  member_refund: 'Overpayment refund', premium_transfer: 'Overpayment applied to the premium', pharmacy_transfer: 'Overpayment transferred to the pharmacy',
};
const words = (code: string) => code.replaceAll('_', ' ');

function describeEvent(event: ParticipationEvent, actionKind: ContactActionKind): Pick<Action, 'reason' | 'notes'> {
  const on = formatIsoDate(event.effectiveOn ?? event.occurredOn);
  const authority = event.authorizedBy ? ` Authorized by ${event.authorizedBy}.` : '';
  const note = event.note ? ` ${event.note}` : '';
  switch (actionKind) {
    case 'opt_in': return { reason: `Opt-in, plan year ${event.planYear}`, notes: `${event.kind === 'opt_in_approved' ? 'Approved' : 'Requested'}; effective ${on}.${authority}${note}` };
    case 'opt_out': return { reason: 'Opt-out', notes: `${event.reasonCode ? `${describeReasonCode(event.reasonCode)} ` : ''}The remaining balance is still billed.${authority}${note}` };
    default:
      if (event.kind === 'effective_date_change_rejected') return { reason: 'Back-date rejected', notes: `A team lead rejected moving the effective date to ${on}.${note}` };
      return event.kind === 'effective_date_change_pending'
        ? { reason: 'Back-date awaiting approval', notes: `Asked to move the effective date to ${on}; a team lead must approve it.${authority}${note}` }
        : { reason: 'Effective date changed', notes: `The effective date is now ${on}.${authority}${note}` };
  }
}

/** One action per confirmation number and kind: an opt-in's request and approval are one step; the newest event words it. */
function eventActions(events: readonly ParticipationEvent[]): Action[] {
  const byKey = new Map<string, { first: ParticipationEvent; last: ParticipationEvent; actionKind: ContactActionKind }>();
  for (const event of events) {
    const actionKind = EVENT_ACTIONS[event.kind];
    if (!actionKind || !event.confirmationNumber) continue;
    const key = `${actionKind}:${event.confirmationNumber}`;
    const found = byKey.get(key);
    byKey.set(key, found ? { ...found, first: event } : { first: event, last: event, actionKind });
  }
  return [...byKey.values()].map(({ first, last, actionKind }) => ({
    id: `ACT-${first.id}`, on: first.occurredOn, channel: first.channel === 'web' || first.channel === 'mail' ? first.channel : 'phone', direction: 'inbound',
    agentName: first.actor, confirmationNumber: first.confirmationNumber, actionKind, ...describeEvent(last, actionKind),
  }));
}

function recordActions(src: TimelineSources): Action[] {
  const payments = src.payments.flatMap((p): Action[] => {
    const how = PAYMENT_CHANNELS[p.source];
    return how ? [{ ...how, id: `ACT-${p.id}`, on: p.postedOn, direction: 'inbound', confirmationNumber: p.confirmationNumber, actionKind: 'payment',
      notes: `${formatCents(p.amountCents)} paid with ${p.methodLabel}; ${words(p.status)}.` }] : [];
  });
  const refunds = src.refunds.map((r): Action => ({
    id: `ACT-${r.id}`, on: r.requestedOn, channel: 'phone', direction: 'inbound', agentName: 'Member services', reason: REFUND_REASONS[r.kind],
    confirmationNumber: r.confirmationNumber, actionKind: 'refund', notes: `${formatCents(r.amountCents)} to ${r.destination}; ${words(r.status)}.`,
  }));
  return [...eventActions(src.events), ...payments, ...refunds];
}

/** The timeline, newest first; contacts keep their stored order among themselves. */
export function buildContactTimeline(src: TimelineSources): Contact[] {
  const contacts: Contact[] = src.notes.map((note) => ({ ...note, kind: 'contact', actionKind: null }));
  // The contact that carries an action's number: the oldest inbound one (the call or form that asked for it),
  // else the oldest letter (an approval's acceptance notice). The list is newest first, so later writes win.
  const askedIn = new Map<string, number>();
  for (const isInbound of [false, true]) {
    contacts.forEach((c, i) => {
      if (c.confirmationNumber && (c.direction === 'inbound') === isInbound) askedIn.set(c.confirmationNumber, i);
    });
  }
  const actions: Contact[] = [];
  for (const { on, actionKind, ...action } of recordActions(src)) {
    const index = action.confirmationNumber ? askedIn.get(action.confirmationNumber) : undefined;
    const contact = index === undefined ? undefined : contacts[index];
    if (contact && contact.actionKind === null) {
      contacts[index!] = { ...contact, actionKind };
      continue;
    }
    const at = (action.confirmationNumber ? src.actionTimes.get(action.confirmationNumber) : undefined) ?? `${on}T12:00:00.000Z`;
    actions.push({ ...action, kind: 'action', actionKind, occurredAt: at });
  }
  const merged = [...contacts, ...actions].map((c, order) => ({ c, order, at: Date.parse(c.occurredAt) }));
  return merged.sort((a, b) => b.at - a.at || a.order - b.order).map(({ c }) => c);
}
