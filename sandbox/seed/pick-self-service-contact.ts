/**
 * What members do without a rep: the automated phone line (IVR), the member website, and the letters
 * the plan mails on its own. They belong in the timeline so a rep sees the caller already heard their
 * balance or tried the calculator, and does not walk them through it again.
 */
import { isoDates } from '../calendar/iso-dates';
import type { ContactDraft, ContactSources } from './generate-contacts';

type Source = Pick<ContactSources, 'random' | 'asOf' | 'since' | 'isParticipant' | 'deathOn' | 'billsSince'>;

type Visit = Pick<ContactDraft, 'channel' | 'direction' | 'agentName' | 'reason' | 'notes'>;

const IVR = { channel: 'ivr', direction: 'inbound', agentName: 'Automated phone line' } as const;
const WEB = { channel: 'web', direction: 'inbound', agentName: 'Member portal' } as const;
const LETTER = { channel: 'mail', direction: 'outbound', agentName: 'System' } as const;

const PARTICIPANT_VISITS: readonly Visit[] = [
  { ...IVR, reason: 'Balance heard on the automated line', notes: 'Caller keyed in the member ID and heard the balance due and the due date, then hung up.' },
  { ...IVR, reason: 'Payment plan menu on the automated line', notes: 'Caller heard how monthly bills are figured and chose not to speak with a rep.' },
  { ...WEB, reason: 'Bill viewed online', notes: 'Signed in to the member website and viewed the latest bill and the payment history.' },
  { ...WEB, reason: 'Paperless bills turned on', notes: 'Chose email notices for new bills on the member website. Paper bills continue for the current month.' },
];

const OTHER_VISITS: readonly Visit[] = [
  { ...IVR, reason: 'Program information on the automated line', notes: 'Caller chose the payment plan menu and heard that costs can be spread over monthly bills with no interest or fees.' },
  { ...WEB, reason: 'Calculator used online', notes: 'Estimated monthly bills with the payment plan calculator on the member website. No request was sent.' },
  { ...WEB, reason: 'Program page viewed', notes: 'Read the payment plan page and downloaded the election form.' },
];

const LETTERS: readonly Visit[] = [
  { ...LETTER, reason: 'Program fact sheet mailed', notes: 'Mailed the yearly notice about the Medicare Prescription Payment Plan with the plan materials.' },
  { ...LETTER, reason: 'Likely-to-benefit notice mailed', notes: 'High drug costs this year: mailed the notice that spreading costs over monthly bills may help, with the election form.' },
];

/** A day the member was covered and alive, in the last 18 months, after `from` when given. */
function pickDay(src: Source, from: string): string {
  const last = isoDates.min(src.asOf, src.deathOn ?? src.asOf);
  const first = isoDates.min(last, isoDates.max(from, isoDates.max(src.since, isoDates.addDays(src.asOf, -540))));
  return isoDates.addDays(first, src.random.int(0, isoDates.daysBetween(first, last)));
}

/** Zero to two self-service visits, and now and then a letter the plan sent on its own. */
export function pickSelfServiceContacts(src: Source): ContactDraft[] {
  const { random } = src;
  const drafts: ContactDraft[] = [];
  const visits = src.isParticipant ? PARTICIPANT_VISITS : OTHER_VISITS;
  for (let i = random.int(0, 2); i > 0; i -= 1) {
    const visit = random.pick(visits);
    // Bills exist only once the first one went out; nobody checks a balance before that.
    const from = src.isParticipant && src.billsSince !== null ? src.billsSince : src.since;
    drafts.push({ ...visit, on: pickDay(src, from), confirmationNumber: null });
  }
  if (random.chance(0.25)) drafts.push({ ...random.pick(LETTERS), on: pickDay(src, src.since), confirmationNumber: null });
  return drafts;
}
