/**
 * Member lookups by every search key, as prepared statements on indexed columns, limited to the
 * clients the caller serves. Results are sorted by last name then first name and capped, so a common
 * name never floods a rep's screen.
 */
import type { MemberSummary } from '../../shared/domain/member';
import type { SandboxDatabase } from './open-database';

/** The contract shows at most this many matches; a rep narrows the search instead of scrolling. */
export const MAX_SEARCH_RESULTS = 50;

/** Where a member's rows are and whose member they are: what access checks need before any read. */
export interface MemberRef {
  readonly memberKey: number;
  readonly clientId: string;
}

/** Every lookup search and profile reads need; searches see only members of `clientIds`. */
export interface MemberRepository {
  findByMbi(mbi: string, clientIds: readonly string[]): MemberSummary[];
  findByMemberId(memberId: string, clientIds: readonly string[]): MemberSummary[];
  findByPhone(phone: string, clientIds: readonly string[]): MemberSummary[];
  /** Keys are from toNameKey; `firstNameKey` narrows a full-name search. */
  findByNameAndDob(lastNameKey: string, dateOfBirth: string, firstNameKey: string | null, clientIds: readonly string[]): MemberSummary[];
  /** The dense key profile reads go by and the member's client, or null for an unknown member. */
  findMemberRef(memberId: string): MemberRef | null;
}

// The newest plan year's participation is the one a search result shows, as the profile does.
const SUMMARY = `SELECT member_id AS memberId, mbi, client_id AS clientId, first_name AS firstName, last_name AS lastName,
  date_of_birth AS dateOfBirth, phone, city, state,
  (SELECT status FROM participations p WHERE p.member_key = members.member_key ORDER BY plan_year DESC LIMIT 1) AS participationStatus
  FROM members`;
const CLIENTS = 'client_id IN (SELECT value FROM json_each(?))';
const ORDER = `ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, member_id LIMIT ${MAX_SEARCH_RESULTS}`;

/** Prepares the lookups once per database connection. */
export function createMemberRepository(db: SandboxDatabase): MemberRepository {
  const byMbi = db.prepare<[string, string], MemberSummary>(`${SUMMARY} WHERE mbi = ? AND ${CLIENTS}`);
  const byMemberId = db.prepare<[string, string], MemberSummary>(`${SUMMARY} WHERE member_id = ? AND ${CLIENTS}`);
  const byPhone = db.prepare<[string, string], MemberSummary>(`${SUMMARY} WHERE phone = ? AND ${CLIENTS} ${ORDER}`);
  const byName = db.prepare<[string, string, string], MemberSummary>(`${SUMMARY} WHERE last_name_key = ? AND date_of_birth = ? AND ${CLIENTS} ${ORDER}`);
  const byFullName = db.prepare<[string, string, string, string], MemberSummary>(
    `${SUMMARY} WHERE last_name_key = ? AND date_of_birth = ? AND first_name_key = ? AND ${CLIENTS} ${ORDER}`,
  );
  const memberRef = db.prepare<[string], MemberRef>('SELECT member_key AS memberKey, client_id AS clientId FROM members WHERE member_id = ?');
  const list = (clientIds: readonly string[]) => JSON.stringify(clientIds);
  return {
    findByMbi: (mbi, clientIds) => byMbi.all(mbi, list(clientIds)),
    findByMemberId: (memberId, clientIds) => byMemberId.all(memberId, list(clientIds)),
    findByPhone: (phone, clientIds) => byPhone.all(phone, list(clientIds)),
    findByNameAndDob: (lastNameKey, dateOfBirth, firstNameKey, clientIds) =>
      firstNameKey === null ? byName.all(lastNameKey, dateOfBirth, list(clientIds)) : byFullName.all(lastNameKey, dateOfBirth, firstNameKey, list(clientIds)),
    findMemberRef: (memberId) => memberRef.get(memberId) ?? null,
  };
}
