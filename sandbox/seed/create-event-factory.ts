/**
 * Writes participation events the way the enrollment system records them: every change gets a
 * confirmation number, requests say who made them, decisions are made by the system on the
 * timelines 42 CFR 423.137 sets (urgent point-of-sale the same day, in-year within 24 hours,
 * pre-year within 10 days and effective January 1).
 */
import type { OptInChannel, ParticipationEvent, ParticipationEventKind } from '../../shared/domain/participation';
import { isoDates } from '../calendar/iso-dates';
import type { Random } from './create-random';
import type { IdentifierFactory } from './create-identifier-factory';

/** The optional parts of an event; the rest every event has. */
export interface EventFields {
  readonly effectiveOn?: string | null;
  readonly channel?: OptInChannel | null;
  /** A program code (shared/m3p/reason-codes.ts) or, on an opt-out request, one of the client's codes. */
  readonly reasonCode?: string | null;
  readonly actor?: string;
  readonly actorId?: string | null;
  readonly authorizedBy?: string | null;
}

/** A rep of the floor as the history names them, and their console user id. */
export interface SeedAgent {
  readonly name: string;
  readonly userId: string;
}

/** Who made a request and on whose authority: the member always asked, by one channel or another. */
export type RequestParty = Required<Pick<EventFields, 'actor' | 'actorId' | 'authorizedBy'>>;

/** A request and its approval, and when participation starts. */
export interface OptIn {
  readonly events: readonly ParticipationEvent[];
  readonly effectiveOn: string;
  readonly channel: OptInChannel;
}

/** Makes one member's events with ids and confirmation numbers from the run. */
export interface EventFactory {
  event(planYear: number, kind: ParticipationEventKind, occurredOn: string, fields?: EventFields): ParticipationEvent;
  /** Who a request came from, as the history shows it; a rep's id only when a rep took it by phone. */
  requestBy(channel: OptInChannel): RequestParty;
  /** A request and its approval; a request dated before `planYear` starts takes effect January 1. */
  optIn(requestOn: string, channel: OptInChannel, planYear: number): OptIn;
}

/** Creates the factory for one member; `agent` is the rep who took phone requests, `pharmacyName` the member's store. */
export function createEventFactory(random: Random, ids: IdentifierFactory, agent: SeedAgent, pharmacyName: string): EventFactory {
  const requestBy = (channel: OptInChannel): RequestParty => ({
    actor: channel === 'phone' ? `Rep ${agent.name}` : channel === 'web' ? 'Member' : channel === 'mail' ? 'Enrollment team' : `Pharmacy (${pharmacyName})`,
    actorId: channel === 'phone' ? agent.userId : null,
    authorizedBy: 'Member',
  });
  const event: EventFactory['event'] = (planYear, kind, occurredOn, fields = {}) => ({
    id: `EVT${String(ids.serial('event')).padStart(9, '0')}`,
    planYear,
    kind,
    occurredOn,
    effectiveOn: fields.effectiveOn ?? null,
    channel: fields.channel ?? null,
    confirmationNumber: ids.confirmationNumber('M3P'),
    reasonCode: fields.reasonCode ?? null,
    actor: fields.actor ?? 'System',
    // Decisions the enrollment system made on its own have no user and no caller behind them.
    actorId: fields.actorId ?? null,
    authorizedBy: fields.authorizedBy ?? null,
    note: null,
  });
  return {
    event,
    requestBy,
    optIn(requestOn, channel, planYear) {
      const yearStart = `${planYear}-01-01`;
      const isBeforeYear = requestOn < yearStart;
      const approvedOn = isBeforeYear
        ? isoDates.addDays(requestOn, random.int(1, Math.min(10, isoDates.daysBetween(requestOn, yearStart))))
        : channel === 'point_of_sale' || random.chance(0.4) ? requestOn : isoDates.addDays(requestOn, 1);
      const effectiveOn = isBeforeYear ? yearStart : approvedOn;
      const request = event(planYear, 'opt_in_requested', requestOn, {
        channel, ...requestBy(channel), reasonCode: channel === 'point_of_sale' ? 'POS-URGENT' : null,
      });
      const approval = event(planYear, 'opt_in_approved', approvedOn, { channel, effectiveOn });
      return { events: [request, approval], effectiveOn, channel };
    },
  };
}
