/**
 * The ordinary calls that fill a member's history between the big events: bill and claim questions,
 * address checks, benefit questions, outreach to members who might benefit.
 */
import { formatIsoDate } from '../../shared/lib/dates';
import { isoDates } from '../calendar/iso-dates';
import type { ContactDraft, ContactSources } from './generate-contacts';

type Source = Pick<ContactSources, 'random' | 'ids' | 'asOf' | 'repName' | 'since' | 'isParticipant' | 'recentFill' | 'deathOn' | 'billsSince'>;

/** One everyday contact on a day the member was covered. */
export function pickEverydayContact(src: Source): ContactDraft {
  const { random } = src;
  const last = isoDates.min(src.asOf, src.deathOn ?? src.asOf);
  const first = isoDates.min(last, isoDates.max(src.since, isoDates.addDays(src.asOf, -540)));
  const on = isoDates.addDays(first, random.int(0, isoDates.daysBetween(first, last)));
  const call = { on, channel: 'phone' as const, direction: 'inbound' as const, agentName: src.repName(), confirmationNumber: null };
  const roll = random.next();
  if (src.billsSince !== null && on >= src.billsSince && roll < 0.35) {
    return { ...call, reason: 'Bill question',
      notes: 'Member asked why this month\'s bill differs from last month\'s. Explained that new drug costs are spread over the months left in the year, so bills change.' };
  }
  if (src.recentFill && roll < 0.55) {
    const askedOn = isoDates.min(last, isoDates.addDays(src.recentFill.fillDate, random.int(1, 10)));
    return { ...call, on: askedOn, reason: 'Pharmacy claim question',
      notes: `Member asked about the ${src.recentFill.drugName} fill of ${formatIsoDate(src.recentFill.fillDate)}. ${src.isParticipant ? 'Confirmed it is billed through the payment plan, not at the counter.' : 'Confirmed the cost sharing on the claim matches the plan benefit.'}` };
  }
  if (roll < 0.7) {
    return { ...call, reason: 'Address confirmed', confirmationNumber: random.chance(0.3) ? src.ids.confirmationNumber('CHG') : null,
      notes: 'Verified name, date of birth and MBI. Confirmed the mailing address on file for bills and notices.' };
  }
  if (!src.isParticipant && roll < 0.85) {
    return random.chance(0.5)
      ? { ...call, reason: 'Program question', notes: 'Caller asked how the Medicare Prescription Payment Plan works. Explained monthly bills with no interest or fees and who it helps most. Mailed the fact sheet.' }
      : { ...call, direction: 'outbound', reason: 'Likely-to-benefit outreach', notes: 'Outreach call: high drug costs early in the year. Explained the option to spread costs over monthly bills. Member will think about it.' };
  }
  return { ...call, reason: 'Plan benefits question', notes: 'Caller asked about formulary coverage for a new prescription. Transferred to plan customer service.' };
}
