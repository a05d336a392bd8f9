/**
 * Member lookups by every search key, as prepared statements on indexed columns. Results are sorted
 * by last name then first name and capped, so a common name never floods a rep's screen.
 */
import type { MemberSummary } from '../../shared/domain/member';
import type { SandboxDatabase } from './open-database';

/** The contract shows at most this many matches; a rep narrows the search instead of scrolling. */
export const MAX_SEARCH_RESULTS = 50;

/** Every lookup search and profile reads need, by indexed column. */
export interface MemberRepository {
  findByMbi(mbi: string): MemberSummary[];
  findByMemberId(memberId: string): MemberSummary[];
  findByPhone(phone: string): MemberSummary[];
  /** Keys are from toNameKey; `firstNameKey` narrows a full-name search. */
  findByNameAndDob(lastNameKey: string, dateOfBirth: string, firstNameKey: string | null): MemberSummary[];
  /** The dense key profile reads go by, or null for an unknown member. */
  findMemberKey(memberId: string): number | null;
}

const SUMMARY = `SELECT member_id AS memberId, mbi, client_id AS clientId, first_name AS firstName, last_name AS lastName,
  date_of_birth AS dateOfBirth, phone, city, state, participation_status AS participationStatus FROM members`;
const ORDER = `ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, member_id LIMIT ${MAX_SEARCH_RESULTS}`;

/** Prepares the lookups once per database connection. */
export function createMemberRepository(db: SandboxDatabase): MemberRepository {
  const byMbi = db.prepare<[string], MemberSummary>(`${SUMMARY} WHERE mbi = ?`);
  const byMemberId = db.prepare<[string], MemberSummary>(`${SUMMARY} WHERE member_id = ?`);
  const byPhone = db.prepare<[string], MemberSummary>(`${SUMMARY} WHERE phone = ? ${ORDER}`);
  const byName = db.prepare<[string, string], MemberSummary>(`${SUMMARY} WHERE last_name_key = ? AND date_of_birth = ? ${ORDER}`);
  const byFullName = db.prepare<[string, string, string], MemberSummary>(
    `${SUMMARY} WHERE last_name_key = ? AND date_of_birth = ? AND first_name_key = ? ${ORDER}`,
  );
  const memberKey = db.prepare<[string], number>('SELECT member_key FROM members WHERE member_id = ?').pluck();
  return {
    findByMbi: (mbi) => byMbi.all(mbi),
    findByMemberId: (memberId) => byMemberId.all(memberId),
    findByPhone: (phone) => byPhone.all(phone),
    findByNameAndDob: (lastNameKey, dateOfBirth, firstNameKey) =>
      firstNameKey === null ? byName.all(lastNameKey, dateOfBirth) : byFullName.all(lastNameKey, dateOfBirth, firstNameKey),
    findMemberKey: (memberId) => memberKey.get(memberId) ?? null,
  };
}
