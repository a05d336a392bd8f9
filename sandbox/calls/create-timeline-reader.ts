/**
 * Builds a member's contact timeline at profile read time: the stored notes and record actions the
 * profile already read, plus when each action of a saved interaction was taken (interaction_actions).
 */
import type { Contact } from '../../shared/domain/contacts';
import type { SandboxDatabase } from '../database/open-database';
import { buildContactTimeline, type TimelineSources } from './build-contact-timeline';

/** The timeline of one member, from the lists the profile read for them. */
export type TimelineReader = (memberKey: number, sources: Omit<TimelineSources, 'actionTimes'>) => Contact[];

/** Prepares the one extra read once per connection. */
export function createTimelineReader(db: SandboxDatabase): TimelineReader {
  // A file opened read-only (`samples`) may predate migration 6 until a server migrates it: no times yet, no failure.
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'interaction_actions'").get() !== undefined;
  const times = hasTable
    ? db.prepare<[number], { confirmationNumber: string; occurredAt: string }>(
      'SELECT confirmation_number AS confirmationNumber, occurred_at AS occurredAt FROM interaction_actions WHERE member_key = ?',
    )
    : null;
  return (memberKey, sources) => {
    const actionTimes = new Map((times?.all(memberKey) ?? []).map((row) => [row.confirmationNumber, row.occurredAt]));
    return buildContactTimeline({ ...sources, actionTimes });
  };
}
