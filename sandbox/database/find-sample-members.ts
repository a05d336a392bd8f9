/** Picks one active member per client — someone with bills to look at — for demos and the README. */
import type { SandboxDatabase } from './open-database';

/** What a demo needs to look a member up, by any key. */
export interface SampleMember {
  readonly clientId: string;
  readonly clientName: string;
  readonly name: string;
  readonly dateOfBirth: string;
  readonly mbi: string;
  readonly memberId: string;
  readonly phone: string;
  readonly participationStatus: string;
}

/** The first active member of each client in seed order, so the same seed always shows the same people. */
export function findSampleMembers(db: SandboxDatabase): SampleMember[] {
  return db
    .prepare<[], SampleMember>(`SELECT c.id AS clientId, c.name AS clientName, m.first_name || ' ' || m.last_name AS name, m.date_of_birth AS dateOfBirth,
      m.mbi, m.member_id AS memberId, m.phone, m.participation_status AS participationStatus
      FROM clients c JOIN members m ON m.member_key = (
        SELECT member_key FROM members WHERE client_id = c.id AND participation_status = 'active' ORDER BY member_key LIMIT 1)
      ORDER BY c.position`)
    .all();
}
