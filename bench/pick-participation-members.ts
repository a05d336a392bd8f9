/**
 * Members the participation benchmarks may change, judged by their profile as it reads now: every run
 * opts members in and out of the shared bench database, so IDs fixed in advance would be used up
 * after one run. Walking in seed order skips the ones earlier runs changed; at ~25 a run the 100,000
 * members last for thousands of runs.
 */
import type { MemberProfile } from '../shared/domain/member-profile';
import { isoDates } from '../sandbox/calendar/iso-dates';
import { createClientRepository } from '../sandbox/database/create-client-repository';
import { createMemberRepository } from '../sandbox/database/create-member-repository';
import { findSampleMembers } from '../sandbox/database/find-sample-members';
import { openDatabase } from '../sandbox/database/open-database';
import { readMeta } from '../sandbox/database/read-meta';
import { createProfileReader } from '../sandbox/profile/create-profile-reader';

/** Member IDs for each flow, in seed order. */
export interface ParticipationMembers {
  /** Northstar, not enrolled, may opt in for the as-of year, no representative (the default "The member" is the only authority). */
  readonly optIn: readonly string[];
  /** Northstar, active, no representative: opting out needs only a reason. */
  readonly optOut: readonly string[];
}

/** Reads the database (read-only, beside the serving sandbox) until both lists are full; throws when it runs out. */
export function pickParticipationMembers(dbPath: string, counts: { optIn: number; optOut: number }): ParticipationMembers {
  const db = openDatabase(dbPath, { purpose: 'inspect' });
  try {
    const asOf = readMeta(db).asOf ?? '';
    const asOfYear = isoDates.yearOf(asOf);
    const profiles = createProfileReader(db, asOf, createMemberRepository(db), createClientRepository(db));
    // The demo and README members stay as they are, as findScenarioMembers leaves them.
    const samples = new Set(findSampleMembers(db).map((m) => m.memberId));
    const canOptIn = ({ client, participation, representatives }: MemberProfile) =>
      client.id === 'northstar' && participation.status === 'not_enrolled' && representatives.length === 0
      && participation.optInEligibility.some((e) => e.planYear === asOfYear && e.isEligible);
    const canOptOut = ({ client, participation, representatives }: MemberProfile) =>
      client.id === 'northstar' && participation.status === 'active' && representatives.length === 0;
    const optIn: string[] = [];
    const optOut: string[] = [];
    for (const key of db.prepare<[], number>('SELECT member_key FROM members ORDER BY member_key').pluck().all()) {
      const profile = profiles.readRecord(key)?.profile;
      if (!profile || samples.has(profile.member.memberId)) continue;
      if (optIn.length < counts.optIn && canOptIn(profile)) optIn.push(profile.member.memberId);
      else if (optOut.length < counts.optOut && canOptOut(profile)) optOut.push(profile.member.memberId);
      if (optIn.length === counts.optIn && optOut.length === counts.optOut) return { optIn, optOut };
    }
    throw new Error(`${dbPath} has only ${optIn.length} members who can opt in and ${optOut.length} who can opt out; delete it to reseed.`);
  } finally {
    db.close();
  }
}
