/**
 * The writes a participation change makes: a plan year's participation row, an event appended to the
 * member's history, and fills moved onto M3P billing when an effective date moves earlier. Callers
 * run them inside one transaction (the idempotency store's), so a change lands whole or not at all.
 */
import type { ParticipationEvent } from '../../shared/domain/participation';
import type { SeedParticipation } from '../seed/seed-member-record';
import type { SandboxDatabase } from './open-database';

/** Prepared statements for participation changes. */
export interface ParticipationWriter {
  /** Inserts or replaces the member's row for that plan year. */
  saveYear(memberKey: number, participation: SeedParticipation): void;
  /** Appends the event as the member's newest. */
  appendEvent(memberKey: number, event: ParticipationEvent): void;
  /**
   * Marks the member's fills from `from` up to (not including) `until` as billed by M3P: participation
   * now covers them, so the plan bills them and the pharmacy refunds what the member paid at the counter.
   */
  billFillsByM3p(memberKey: number, from: string, until: string): void;
}

/** Prepares the statements once per connection. */
export function createParticipationWriter(db: SandboxDatabase): ParticipationWriter {
  const save = db.prepare(`INSERT OR REPLACE INTO participations (member_key, plan_year, status, effective_on, ends_on, opt_in_channel, confirmation_number,
    termination_reason, prior_unpaid_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const append = db.prepare(`INSERT INTO participation_events (member_key, seq, id, plan_year, kind, occurred_on, effective_on, channel, confirmation_number,
    reason_code, actor, actor_id, authorized_by, note)
    VALUES (?, (SELECT coalesce(max(seq), -1) + 1 FROM participation_events WHERE member_key = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const bill = db.prepare<[number, string, string]>('UPDATE claims SET is_billed_by_m3p = 1 WHERE member_key = ? AND fill_date >= ? AND fill_date < ?');
  return {
    saveYear(key, p) {
      save.run(key, p.planYear, p.status, p.effectiveOn, p.endsOn, p.optInChannel, p.confirmationNumber, p.terminationReason, p.priorUnpaidCents);
    },
    appendEvent(key, e) {
      append.run(key, key, e.id, e.planYear, e.kind, e.occurredOn, e.effectiveOn, e.channel, e.confirmationNumber, e.reasonCode, e.actor, e.actorId, e.authorizedBy, e.note);
    },
    billFillsByM3p(key, from, until) {
      if (from < until) bill.run(key, from, until);
    },
  };
}
