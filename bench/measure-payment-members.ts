/**
 * Members the payment benchmarks may charge, judged by their profile as it reads now: every run pays
 * bills in the shared bench database, so a member whose current bill was paid by an earlier run no
 * longer qualifies and the next one in seed order is taken.
 */
import type { MemberProfile } from '../shared/domain/member-profile';
import { createClientRepository } from '../sandbox/database/create-client-repository';
import { createMemberRepository } from '../sandbox/database/create-member-repository';
import { findSampleMembers } from '../sandbox/database/find-sample-members';
import { openDatabase } from '../sandbox/database/open-database';
import { readMeta } from '../sandbox/database/read-meta';
import { createProfileReader } from '../sandbox/profile/create-profile-reader';
import { cardBehaviour } from '../sandbox/processor/test-numbers';
import { passesLuhn } from '../shared/lib/luhn';

/** Member IDs for each payment figure, in seed order. */
export interface PaymentMembers {
  /** A current bill due, a default saved card that approves, no autopay, no representative. */
  readonly savedMethod: readonly string[];
  /** The same situation, for paying with a card added during the call. */
  readonly newCard: readonly string[];
}

/** True when paying the current bill with the default method is what step 1 and 2 preselect. */
function canPayCurrentBill({ billing, payments, representatives, asOf }: MemberProfile): boolean {
  const issued = billing?.bills.filter((b) => b.status !== 'projected') ?? [];
  const current = issued.at(-1);
  const method = payments.methods.find((m) => m.isDefault);
  const isCardGood = method?.kind === 'card' && method.expYear !== null && method.expMonth !== null && `${method.expYear}-${String(method.expMonth).padStart(2, '0')}` >= asOf.slice(0, 7);
  return representatives.length === 0 && !payments.autopay.isEnrolled && isCardGood && current?.status === 'due' && current.dueOn >= asOf
    && issued.slice(0, -1).every((b) => b.status === 'paid') && payments.methods.length < 8;
}

/** Reads the database (read-only, beside the serving sandbox) until both lists are full; throws when it runs out. */
export function pickPaymentMembers(dbPath: string, counts: { savedMethod: number; newCard: number }): PaymentMembers {
  const db = openDatabase(dbPath, { purpose: 'inspect' });
  try {
    const asOf = readMeta(db).asOf ?? '';
    const profiles = createProfileReader(db, asOf, createMemberRepository(db), createClientRepository(db));
    const samples = new Set(findSampleMembers(db).map((m) => m.memberId));
    const savedMethod: string[] = [];
    const newCard: string[] = [];
    for (const key of db.prepare<[], number>('SELECT member_key FROM members ORDER BY member_key').pluck().all()) {
      const profile = profiles.readRecord(key)?.profile;
      if (!profile || samples.has(profile.member.memberId) || !canPayCurrentBill(profile)) continue;
      if (savedMethod.length < counts.savedMethod) savedMethod.push(profile.member.memberId);
      else if (newCard.length < counts.newCard) newCard.push(profile.member.memberId);
      if (savedMethod.length === counts.savedMethod && newCard.length === counts.newCard) return { savedMethod, newCard };
    }
    throw new Error(`${dbPath} has only ${savedMethod.length + newCard.length} members with a current bill to pay; delete it to reseed.`);
  } finally {
    db.close();
  }
}

/** A Luhn-valid Visa number no test table names (so the processor stand-in approves it), one per `seed`. */
export function benchCardNumber(seed: number): string {
  const body = `4${String(seed).padStart(14, '0').slice(-14)}`;
  const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((digit) => passesLuhn(`${body}${digit}`) && cardBehaviour(`${body}${digit}`) === 'approve');
  if (check === undefined) throw new Error(`No approving card number after ${body}.`);
  return `${body}${check}`;
}
