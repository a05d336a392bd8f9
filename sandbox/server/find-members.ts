/**
 * Member search by any key the contract allows. For name and date of birth the "last name" may also be
 * a full name as callers say it ("Maria Garcia", "Maria L. De La Cruz"): every split into first and last
 * name is tried, alongside the whole text as a last name.
 */
import type { MemberSummary } from '../../shared/domain/member';
import type { MemberSearchQuery } from '../../shared/domain/member-search';
import { MAX_SEARCH_RESULTS, type MemberRepository } from '../database/create-member-repository';
import { toNameKey } from '../database/to-name-key';

const compareNames = (a: MemberSummary, b: MemberSummary): number => {
  const byLast = a.lastName.toLowerCase().localeCompare(b.lastName.toLowerCase(), 'en');
  if (byLast !== 0) return byLast;
  const byFirst = a.firstName.toLowerCase().localeCompare(b.firstName.toLowerCase(), 'en');
  return byFirst !== 0 ? byFirst : a.memberId.localeCompare(b.memberId, 'en');
};

/** A middle initial ("L", "L.") in a spoken full name narrows nothing; first names are matched without it. */
const isInitial = (word: string): boolean => /^[A-Za-z]\.?$/.test(word);

function findByName(repo: MemberRepository, text: string, dateOfBirth: string, clientIds: readonly string[]): MemberSummary[] {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const found = new Map<string, MemberSummary>();
  const add = (list: readonly MemberSummary[]) => list.forEach((m) => found.set(m.memberId, m));
  add(repo.findByNameAndDob(toNameKey(text), dateOfBirth, null, clientIds));
  for (let split = 1; split < words.length; split += 1) {
    const first = toNameKey(words.slice(0, split).filter((w, i) => i === 0 || !isInitial(w)).join(' '));
    const last = toNameKey(words.slice(split).join(' '));
    if (first !== '' && last !== '') add(repo.findByNameAndDob(last, dateOfBirth, first, clientIds));
  }
  return [...found.values()].sort(compareNames).slice(0, MAX_SEARCH_RESULTS);
}

/**
 * Runs a validated query over the members of `clientIds` (the caller's clients: the others are never
 * found). The server receives keys already normalised (bare upper-case MBI, E.164 phone).
 */
export function findMembers(repo: MemberRepository, query: MemberSearchQuery, clientIds: readonly string[]): MemberSummary[] {
  switch (query.by) {
    case 'mbi': return repo.findByMbi(query.mbi, clientIds);
    case 'memberId': return repo.findByMemberId(query.memberId, clientIds);
    case 'phone': return repo.findByPhone(query.phone, clientIds);
    case 'nameDob': return findByName(repo, query.lastName, query.dateOfBirth, clientIds);
  }
}
