/**
 * Where the what-if calculator starts: the member's business date and spending so far when a member
 * is open, else today's month and nothing spent (a prospect, a family member, a caregiver).
 */
import type { ProgramSettings } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { todayIso } from '../../../shared/lib/dates';
import { buildScheduleInput } from '../../../shared/m3p/build-schedule-input';
import { centsToDollarsText } from './parse-dollars-to-cents';
import type { WhatIfDraft } from './what-if-schema';

/** The first form values for this caller. */
export function whatIfDefaults(settings: ProgramSettings, profile: MemberProfile | null): WhatIfDraft {
  const today = profile?.asOf ?? todayIso();
  const years = settings.planYears.map((year) => year.planYear);
  const thisYear = Number(today.slice(0, 4));
  const planYear = years.includes(thisYear) ? thisYear : (years[0] ?? thisYear);
  const optInMonth = planYear === thisYear ? Number(today.slice(5, 7)) : 1;
  const monthStart = `${planYear}-${String(optInMonth).padStart(2, '0')}-01`;
  // The same split the backend bills by: fills before the opt-in were paid at the pharmacy.
  const spent = profile ? buildScheduleInput(planYear, monthStart, profile.claims).priorIncurredCents : 0;
  return { planYear: String(planYear), optInMonth: String(optInMonth), alreadySpent: spent > 0 ? centsToDollarsText(spent) : '', prescription: '', frequency: 'monthly' };
}
