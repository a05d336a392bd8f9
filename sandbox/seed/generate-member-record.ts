/**
 * One synthetic member, end to end: identity, coverage, drugs and claims, M3P story, bills, payments,
 * refunds and contact notes — all drawn from the member's own random stream, so the same seed and
 * index always give the same person.
 */
import type { Eligibility } from '../../shared/domain/member';
import { calculateSchedule, type Schedule } from '../../shared/m3p/calculate-schedule';
import { annualThresholdCents } from '../../shared/m3p/thresholds';
import { billDates } from '../billing/bill-dates';
import { buildScheduleInput } from '../billing/build-schedule-input';
import { isoDates } from '../calendar/iso-dates';
import { CLIENT_CATALOG, type CatalogClient, type CatalogPlan } from './client-catalog';
import type { PharmacyDirectory } from './create-pharmacy-directory';
import { createEventFactory } from './create-event-factory';
import type { IdentifierFactory } from './create-identifier-factory';
import { createRandom, mixSeed } from './create-random';
import { DRUG_CATALOG } from './drug-catalog';
import { generateClaims, pickRegimens } from './generate-claims';
import { generateContacts } from './generate-contacts';
import { generateEligibility, pickLisStatus, pickPlan } from './generate-eligibility';
import { generateIdentity, type Identity } from './generate-identity';
import { generateParticipation, type ParticipationStory } from './generate-participation';
import { generatePayments } from './generate-payments';
import { generateRefunds } from './generate-refunds';
import { pickStoryPlan, usesPriorYear } from './pick-story-plan';
import type { SeedClaim, SeedMemberRecord } from './seed-member-record';
import { US_PLACES, type UsPlace } from './us-places';

/** What every member of a run shares: parameters, identifier factory, pharmacies. */
export interface SeedRun {
  readonly seed: number;
  readonly asOf: string;
  readonly hasPriorYear: boolean;
  readonly ids: IdentifierFactory;
  readonly pharmacies: PharmacyDirectory;
}

/** The previous member, so the next one can be their spouse. */
export interface Household {
  readonly identity: Identity;
  readonly catalog: CatalogClient;
  readonly place: UsPlace;
}

const AGENTS = ['J. Alvarez', 'P. Shah', 'M. Lee', 'A. Moreno', 'K. Thompson', 'D. Nguyen', 'R. Okafor', 'S. Patel', 'T. Brooks', 'L. Fischer', 'C. Ramirez', 'B. Kowalski', 'E. Johnson', 'H. Kim'];

/** Drops fills after a death and flags, in place, the fills inside a participation period. */
function markBilled(claims: SeedClaim[], story: ParticipationStory): SeedClaim[] {
  const kept = story.deathOn ? claims.filter((c) => c.fillDate <= (story.deathOn ?? c.fillDate)) : claims;
  for (const claim of kept) {
    claim.isBilledByM3p = story.periods.some((p) => claim.fillDate >= p.effectiveOn && claim.fillDate <= (p.endsOn ?? `${p.planYear}-12-31`));
  }
  return kept;
}

function finalEligibility(random: ReturnType<typeof createRandom>, start: Eligibility, story: ParticipationStory, plans: readonly CatalogPlan[]): Eligibility {
  let eligibility = start;
  if (story.planChangeOn) {
    const others = plans.filter((p) => p.pbpId !== start.pbpId && (!p.isDualPlan || start.lisStatus === 'full'));
    const next = random.pick(others.length > 0 ? others : plans);
    eligibility = { ...eligibility, contractId: next.contractId, pbpId: next.pbpId, planName: next.planName, planType: next.planType, partDEffectiveOn: story.planChangeOn };
  }
  if (story.deathOn) {
    eligibility = { ...eligibility, partDEndsOn: isoDates.lastDayOfMonth(isoDates.yearOf(story.deathOn), isoDates.monthOf(story.deathOn)) };
  }
  return eligibility;
}

/** Generates member number `index` (0-based) of a run. */
export function generateMemberRecord(run: SeedRun, index: number, previous: Household | null): { record: SeedMemberRecord; household: Household } {
  const random = createRandom(mixSeed(run.seed, index + 1));
  const year = isoDates.yearOf(run.asOf);
  const isSpouse = previous !== null && random.chance(0.12);
  const catalog = isSpouse ? previous.catalog : random.weighted(CLIENT_CATALOG.map((c) => [c, c.weight] as const));
  const place = isSpouse ? previous.place : random.weighted((US_PLACES[catalog.client.id] ?? []).map((p) => [p, p.weight] as const));
  const identity = generateIdentity(random, place, isSpouse ? previous.identity : null);
  const storyPlan = pickStoryPlan(random, run.hasPriorYear);
  const isLikelyParticipant = storyPlan.category !== 'rejected' && storyPlan.category !== 'never';
  const lisStatus = pickLisStatus(random, isLikelyParticipant);
  const plan = pickPlan(random, catalog.plans, lisStatus);
  const mustStartBy = usesPriorYear(storyPlan) ? `${year - 1}-01-01` : isoDates.addDays(run.asOf, -30);
  const coverage = generateEligibility(random, plan, lisStatus, identity.dateOfBirth, mustStartBy);
  const mbi = run.ids.mbi(random);
  const memberId = run.ids.memberId(catalog.client.memberIdPrefix, random);
  const retail = random.pick(run.pharmacies.retailByCity.get(`${place.city}|${place.state}`) ?? run.pharmacies.all);
  const pharmacies = { retail: retail.id, mailOrder: run.pharmacies.mailOrderByClient.get(catalog.client.id)?.id ?? retail.id, specialty: run.pharmacies.specialtyByClient.get(catalog.client.id)?.id ?? retail.id };
  const years = usesPriorYear(storyPlan) ? [year - 1, year] : [year];
  const regimens = pickRegimens(random, isLikelyParticipant, pharmacies, years[0] ?? year, run.asOf);
  const rawClaims = generateClaims(random, regimens, {
    years, firstFillOn: coverage.partDEffectiveOn, lastFillOn: run.asOf, plan, lisStatus, nextClaimNumber: () => run.ids.serial('claim'),
  });
  const repName = () => random.pick(AGENTS);
  const events = createEventFactory(random, run.ids, repName(), retail.name);
  const previewBills = (planYear: number, effectiveOn: string) => {
    const claims = rawClaims.map((c) => ({ ...c, isBilledByM3p: c.fillDate >= effectiveOn }));
    const bills = new Array<number>(12).fill(0);
    for (const m of calculateSchedule(buildScheduleInput(planYear, effectiveOn, claims)).months) bills[m.month - 1] = m.billCents;
    return bills;
  };
  const thresholdReachedOn = (planYear: number): string | null => {
    let total = 0;
    const threshold = annualThresholdCents(planYear);
    for (const claim of rawClaims) {
      if (isoDates.yearOf(claim.fillDate) !== planYear) continue;
      total += claim.costSharingCents;
      if (total >= threshold) return claim.fillDate;
    }
    return null;
  };
  const fillOnOrAfter = (day: string) => rawClaims.find((c) => c.fillDate >= day)?.fillDate ?? null;
  const story = generateParticipation({ random, events, asOf: run.asOf, coverageStart: coverage.partDEffectiveOn, previewBills, thresholdReachedOn, fillOnOrAfter }, storyPlan);
  const claims = markBilled(rawClaims, story);
  const schedules = new Map<number, Schedule>(story.periods.map((p) => [p.planYear, calculateSchedule(buildScheduleInput(p.planYear, p.effectiveOn, claims))]));
  const paid = generatePayments(random, run.ids, run.asOf, story, schedules);
  const { refunds, credits } = generateRefunds({ random, ids: run.ids, asOf: run.asOf, isPdp: plan.planType === 'PDP', pharmacyLabel: `${retail.name} (NCPDP ${retail.ncpdpId})` }, paid.payments);
  const payments = [...paid.payments, ...credits].sort((a, b) => (a.postedOn < b.postedOn ? -1 : a.postedOn > b.postedOn ? 1 : 0));
  const lastClaim = claims[claims.length - 1];
  const firstPeriod = story.periods[0];
  const contacts = generateContacts({
    random, ids: run.ids, asOf: run.asOf, repName, events: story.events, payments, methods: paid.methods, autopay: paid.autopay, refunds,
    pharmacyName: retail.name, since: isoDates.min(coverage.partDEffectiveOn, story.events[0]?.occurredOn ?? coverage.partDEffectiveOn),
    deathOn: story.deathOn, billsSince: firstPeriod ? billDates.issuedOn(firstPeriod.planYear, isoDates.monthOf(firstPeriod.effectiveOn)) : null, isParticipant: story.participation.status !== 'not_enrolled', recentFill: lastClaim ? { drugName: DRUG_CATALOG[lastClaim.drugId - 1]?.name ?? 'prescription', fillDate: lastClaim.fillDate } : null,
  });
  const { firstName, middleInitial, lastName, dateOfBirth, phone, email, address, preferredLanguage } = identity;
  const record: SeedMemberRecord = {
    member: { memberId, mbi, clientId: catalog.client.id, firstName, middleInitial, lastName, dateOfBirth, phone, email, address, preferredLanguage, eligibility: finalEligibility(random, coverage, story, catalog.plans) },
    participation: story.participation,
    events: story.events,
    claims,
    paymentMethods: paid.methods,
    autopay: paid.autopay,
    payments,
    refunds,
    contacts,
  };
  return { record, household: { identity, catalog, place } };
}
