/**
 * The member's contact history: a note for every call, letter and web session that touched their
 * participation, payments or refunds, plus the everyday questions reps answer and what members did on
 * the automated line and the website. Notes never hold a card or account number — a masked "ending
 * 4242" at most. The profile merges the actions on the record into this (sandbox/calls/).
 */
import type { ContactNote } from '../../shared/domain/contacts';
import type { ParticipationEvent } from '../../shared/domain/participation';
import type { Autopay, PaymentMethod } from '../../shared/domain/payments';
import type { Refund } from '../../shared/domain/refunds';
import { formatIsoDate } from '../../shared/lib/dates';
import { formatCents } from '../../shared/lib/money';
import { isoDates } from '../calendar/iso-dates';
import type { Random } from './create-random';
import type { IdentifierFactory } from './create-identifier-factory';
import { describeEvent } from './describe-event';
import { labelPaymentMethod } from './generate-payment-methods';
import { pickEverydayContact } from './pick-everyday-contact';
import { pickSelfServiceContacts } from './pick-self-service-contact';
import type { SeedPayment } from './seed-member-record';

/** A contact before its id and time of day are assigned. */
export type ContactDraft = Omit<ContactNote, 'id' | 'occurredAt'> & { readonly on: string };

/** Everything about the member a contact note can refer to. */
export interface ContactSources {
  readonly random: Random;
  readonly ids: IdentifierFactory;
  readonly asOf: string;
  readonly repName: () => string;
  readonly events: readonly ParticipationEvent[];
  readonly payments: readonly SeedPayment[];
  readonly methods: readonly PaymentMethod[];
  readonly autopay: Autopay;
  readonly refunds: readonly Refund[];
  readonly pharmacyName: string;
  /** The earliest day anyone would have called about this member's current coverage. */
  readonly since: string;
  readonly deathOn: string | null;
  readonly isParticipant: boolean;
  /** When the member's first bill went out; no one asks about bills before that. */
  readonly billsSince: string | null;
  /** The member's latest fill, for claim questions. */
  readonly recentFill: { readonly drugName: string; readonly fillDate: string } | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function fromPayments(src: ContactSources): ContactDraft[] {
  const drafts: ContactDraft[] = [];
  for (const payment of src.payments) {
    const bill = payment.appliesTo ? `the ${MONTHS[payment.appliesTo.month - 1]} ${payment.appliesTo.planYear} bill` : 'the balance';
    if (payment.source === 'phone') {
      drafts.push({ on: payment.postedOn, channel: 'phone', direction: 'inbound', agentName: src.repName(), reason: 'Payment by phone', confirmationNumber: payment.confirmationNumber,
        notes: `Took a ${formatCents(payment.amountCents)} payment for ${bill} on the ${payment.methodLabel}. Recording paused while payment details were given; read back the confirmation number.` });
    }
    if (payment.status === 'returned') {
      drafts.push({ on: isoDates.min(src.asOf, isoDates.addDays(payment.postedOn, 3)), channel: 'mail', direction: 'outbound', agentName: 'System', reason: 'Returned payment notice', confirmationNumber: null,
        notes: `The bank returned the ${formatCents(payment.amountCents)} payment of ${formatIsoDate(payment.postedOn)}. Asked the member to pay again or update the account on file.` });
    }
  }
  const method = src.methods.find((m) => m.id === src.autopay.methodId);
  if (src.autopay.isEnrolled && src.autopay.enrolledOn && method) {
    drafts.push({ on: src.autopay.enrolledOn, channel: 'phone', direction: 'inbound', agentName: src.repName(), reason: 'Autopay enrollment', confirmationNumber: src.ids.confirmationNumber('CHG'),
      notes: `Enrolled the member in autopay on the ${labelPaymentMethod(method)}, drafting on day ${src.autopay.dayOfMonth} of each month. Explained that the bill amount can change from month to month.` });
  }
  for (const refund of src.refunds) {
    const what = refund.kind === 'member_refund' ? 'Refund of the overpayment' : refund.kind === 'premium_transfer' ? 'Overpayment applied to the plan premium' : 'Overpayment transferred to the pharmacy';
    drafts.push({ on: refund.requestedOn, channel: 'phone', direction: 'inbound', agentName: src.repName(), reason: 'Refund request', confirmationNumber: refund.confirmationNumber,
      notes: `${what}: ${formatCents(refund.amountCents)} to ${refund.destination}. Told the member it takes up to 30 days.` });
  }
  return drafts;
}

/** Business hours in UTC (8 a.m. to 6 p.m. Central); same-day contacts keep their order. */
function stampTimes(random: Random, days: readonly string[]): string[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  let previousDay = '';
  let minute = 0;
  return days.map((day) => {
    minute = day === previousDay ? Math.min(23 * 60 + 59, minute + random.int(4, 90)) : random.int(13 * 60, 21 * 60);
    previousDay = day;
    return `${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(random.int(0, 59))}Z`;
  });
}

/** Builds the history, oldest first; nothing after a death but the call that reported it. */
export function generateContacts(src: ContactSources): ContactNote[] {
  const drafts = [
    ...src.events.flatMap((event) => describeEvent(src, event)),
    ...fromPayments(src),
  ];
  const everyday = src.random.int(src.isParticipant ? 0 : 1, src.isParticipant ? 2 : 3);
  for (let i = 0; i < everyday; i += 1) drafts.push(pickEverydayContact(src));
  drafts.push(...pickSelfServiceContacts(src));
  const kept = drafts
    .filter((d) => d.on <= src.asOf && (!src.deathOn || d.on <= src.deathOn || d.reason === 'Death reported'))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const times = stampTimes(src.random, kept.map((d) => d.on));
  return kept.map(({ on: _on, ...rest }, i) => ({ id: `CNT${String(src.ids.serial('contact')).padStart(9, '0')}`, occurredAt: times[i] ?? '', ...rest }));
}
