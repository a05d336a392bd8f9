/**
 * One synthetic member, end to end: identity, coverage, drugs and claims, M3P story, bills, payments,
 * refunds and contact notes — all drawn from the member's own random stream, so the same seed and
 * index always give the same person.
 */
import type { Eligibility } from '../../shared/domain/member';
import type { Schedule } from '../../shared/m3p/calculate-schedule';
import { billDates } from '../billing/bill-dates';
import { calculatePlanYearSchedule } from '../billing/calculate-plan-year-schedule';
import { isoDates } from '../calendar/iso-dates';
import { CLIENT_CATALOG, type CatalogClient, type CatalogPlan } from './client-catalog';
import type { PharmacyDirectory } from './create-pharmacy-directory';
import { createBillPreview } from './create-bill-preview';
import { createEventFactory, type SeedAgent } from './create-event-factory';
import type { IdentifierFactory } from './create-identifier-factory';
import { createRandom, mixSeed, type Random } from './create-random';
import { DRUG_CATALOG } from './drug-catalog';
import { generateClaims, pickRegimens } from './generate-claims';
import { generateContacts } from './generate-contacts';
import { generateEligibility, pickLisStatus, pickPlan } from './generate-eligibility';
import { generateIdentity, type Identity } from './generate-identity';
import { generateParticipation, type ParticipationStory } from './generate-participation';
import { findGraceFailure, terminateForNonpayment } from './enforce-grace-period';
import { generatePayments, NOT_ENROLLED } from './generate-payments';
import { generatePriorDebt } from './generate-prior-debt';
import { generateRefunds } from './generate-refunds';
import { generateRepresentatives } from './generate-representatives';
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
  /** This member is the second of a couple, so the next one is not a third. */
  readonly isSpouse: boolean;
}

const clientAreaCodes = new Map<string, readonly string[]>();
/** Every area code of the client's service area, for when a place's fictional lines run out. */
function areaCodesOf(clientId: string): readonly string[] {
  let codes = clientAreaCodes.get(clientId);
  if (!codes) clientAreaCodes.set(clientId, (codes = [...new Set((US_PLACES[clientId] ?? []).flatMap((p) => p.areaCodes))]));
  return codes;
}

/** The floor's reps; the first three are the sandbox's own users, so their seeded actions carry those ids. */
const AGENTS: readonly SeedAgent[] = [
  { name: 'J. Alvarez', userId: 'rep1' }, { name: 'P. Shah', userId: 'rep2' }, { name: 'M. Lee', userId: 'lead1' },
  ...['A. Moreno', 'K. Thompson', 'D. Nguyen', 'R. Okafor', 'S. Patel', 'T. Brooks', 'L. Fischer', 'C. Ramirez', 'B. Kowalski', 'E. Johnson', 'H. Kim']
    .map((name) => ({ name, userId: name.replace(/\W/g, '').toLowerCase() })),
];

/** A second stream per member for what was added later (representatives, past debts), so adding it moved little else. */
const extraStream = (run: SeedRun, index: number): Random => createRandom(mixSeed(mixSeed(run.seed, 0x7fff_ffff), index + 1));

/** Drops fills after a death and flags, in place, the fills inside a participation period. */
function markBilled(claims: SeedClaim[], story: ParticipationStory): SeedClaim[] {
  const kept = story.deathOn ? claims.filter((c) => c.fillDate <= (story.deathOn ?? c.fillDate)) : claims;
  for (const claim of kept) {
    claim.isBilledByM3p = story.periods.some((p) => claim.fillDate >= p.effectiveOn && claim.fillDate <= (p.endsOn ?? `${p.planYear}-12-31`));
  }
  return kept;
}

function finalEligibility(random: Random, start: Eligibility, story: ParticipationStory, plans: readonly CatalogPlan[]): Eligibility {
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

/** Late in the year some members not in M3P have chosen another sponsor's plan: their coverage here ends December 31. */
function withYearEndDisenrollment(extra: Random, eligibility: Eligibility, story: ParticipationStory, asOf: string): Eligibility {
  const isAnnualEnrollment = isoDates.monthOf(asOf) >= 10;
  if (!isAnnualEnrollment || story.participation.status !== 'not_enrolled' || !extra.chance(0.1)) return eligibility;
  return { ...eligibility, partDEndsOn: `${isoDates.yearOf(asOf)}-12-31` };
}

/** Generates member number `index` (0-based) of a run. */
export function generateMemberRecord(run: SeedRun, index: number, previous: Household | null): { record: SeedMemberRecord; household: Household } {
  const random = createRandom(mixSeed(run.seed, index + 1));
  const extra = extraStream(run, index);
  const year = isoDates.yearOf(run.asOf);
  // Couples on the same sponsor's plan, often on one phone: a few households per thousand members.
  const isSpouse = previous !== null && !previous.isSpouse && random.chance(0.006);
  const catalog = isSpouse ? previous.catalog : random.weighted(CLIENT_CATALOG.map((c) => [c, c.weight] as const));
  const place = isSpouse ? previous.place : random.weighted((US_PLACES[catalog.client.id] ?? []).map((p) => [p, p.weight] as const));
  const identity = generateIdentity(random, place, isSpouse ? previous.identity : null, () => run.ids.phone(random, place.areaCodes, areaCodesOf(catalog.client.id)));
  const storyPlan = pickStoryPlan(random, run.hasPriorYear);
  const isLikelyParticipant = storyPlan.category !== 'rejected' && storyPlan.category !== 'never';
  // A few members outside M3P this year were terminated for non-payment last year and still owe.
  const owesPriorYear = run.hasPriorYear && !isLikelyParticipant && extra.chance(0.15);
  const lisStatus = pickLisStatus(random, isLikelyParticipant);
  const plan = pickPlan(random, catalog.plans, lisStatus);
  const mustStartBy = usesPriorYear(storyPlan) || owesPriorYear ? `${year - 1}-01-01` : isoDates.addDays(run.asOf, -30);
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
  const pickAgent = () => random.pick(AGENTS);
  const repName = () => pickAgent().name;
  const events = createEventFactory(random, run.ids, pickAgent(), retail.name);
  const debt = owesPriorYear ? generatePriorDebt(random, events, year - 1, coverage.partDEffectiveOn) : null;
  const generated = generateParticipation({
    random, events, asOf: run.asOf, coverageStart: coverage.partDEffectiveOn, ...createBillPreview(rawClaims),
    fillOnOrAfter: (day) => rawClaims.find((c) => c.fillDate >= day)?.fillDate ?? null,
    optOutReasonCodes: catalog.rules.optOutReasons.map((r) => r.code), isPrecludedByPriorBalance: debt !== null && catalog.rules.precludesUnpaidPriorBalance,
  }, storyPlan);
  const scheduleOf = (story: ParticipationStory, claims: readonly SeedClaim[]) =>
    new Map<number, Schedule>(story.periods.map((p) => [p.planYear, calculatePlanYearSchedule(p.planYear, p.effectiveOn, claims).schedule]));
  let story = generated;
  let claims = markBilled(rawClaims, story);
  let paid = generatePayments(random, run.ids, run.asOf, story, scheduleOf(story, claims), claims);
  // Participation still open when a bill's grace period ended unpaid ends for non-payment on that day.
  const failure = findGraceFailure(run.asOf, scheduleOf(story, claims).get(year), paid.payments);
  const ended = failure ? terminateForNonpayment(story, events, failure) : null;
  if (failure && ended) {
    story = ended;
    claims = markBilled(rawClaims, story);
    paid = { ...paid, autopay: NOT_ENROLLED, payments: paid.payments.filter((p) => p.ledgerYear !== failure.planYear || p.postedOn <= failure.graceEndsOn) };
  }
  const allEvents = [...(debt?.events ?? []), ...story.events];
  const { refunds, credits } = generateRefunds({ random, ids: run.ids, asOf: run.asOf, isPdp: plan.planType === 'PDP', pharmacyLabel: `${retail.name} (NCPDP ${retail.ncpdpId})` }, paid.payments);
  const payments = [...paid.payments, ...credits].sort((a, b) => (a.postedOn < b.postedOn ? -1 : a.postedOn > b.postedOn ? 1 : 0));
  const lastClaim = claims[claims.length - 1];
  const firstPeriod = story.periods[0];
  const contacts = generateContacts({
    random, ids: run.ids, asOf: run.asOf, repName, events: allEvents, payments, methods: paid.methods, autopay: paid.autopay, refunds,
    pharmacyName: retail.name, since: isoDates.min(coverage.partDEffectiveOn, allEvents[0]?.occurredOn ?? coverage.partDEffectiveOn),
    deathOn: story.deathOn, billsSince: firstPeriod ? billDates.issuedOn(firstPeriod.planYear, isoDates.monthOf(firstPeriod.effectiveOn)) : null, isParticipant: story.participation.status !== 'not_enrolled', recentFill: lastClaim ? { drugName: DRUG_CATALOG[lastClaim.drugId - 1]?.name ?? 'prescription', fillDate: lastClaim.fillDate } : null,
  });
  const { firstName, middleInitial, lastName, dateOfBirth, phone, email, address, preferredLanguage } = identity;
  const eligibility = withYearEndDisenrollment(extra, finalEligibility(random, coverage, story, catalog.plans), story, run.asOf);
  const record: SeedMemberRecord = {
    member: { memberId, mbi, clientId: catalog.client.id, firstName, middleInitial, lastName, dateOfBirth, phone, email, address, preferredLanguage, eligibility },
    participations: [...(debt ? [debt.participation] : []), { ...story.participation, priorUnpaidCents: null }],
    representatives: generateRepresentatives(extra, run.ids, identity, run.asOf),
    events: allEvents,
    claims,
    paymentMethods: paid.methods,
    autopay: paid.autopay,
    payments,
    refunds,
    contacts,
  };
  return { record, household: { identity, catalog, place, isSpouse } };
}
