import { describe, expect, it } from 'vitest';
import type { ContactNote } from '../../shared/domain/contacts';
import type { ParticipationEvent } from '../../shared/domain/participation';
import type { Payment } from '../../shared/domain/payments';
import { buildContactTimeline } from './build-contact-timeline';

const note = (id: string, occurredAt: string, overrides: Partial<ContactNote> = {}): ContactNote => ({
  id, occurredAt, channel: 'phone', direction: 'inbound', agentName: 'P. Shah', reason: 'Call', notes: '', confirmationNumber: null, ...overrides,
});
const event = (id: string, kind: ParticipationEvent['kind'], occurredOn: string, confirmationNumber: string, channel: ParticipationEvent['channel'] = 'phone'): ParticipationEvent => ({
  id, planYear: 2026, kind, occurredOn, effectiveOn: occurredOn, channel, confirmationNumber, reasonCode: null, actor: 'Rep Jordan Alvarez', actorId: 'rep1', authorizedBy: 'Member', note: null,
});
const payment = (id: string, source: Payment['source'], postedOn: string, confirmationNumber: string): Payment => ({
  id, postedOn, amountCents: 17_500, methodLabel: 'Visa •••• 4242', source, status: 'posted', confirmationNumber,
});
const build = (sources: Partial<Parameters<typeof buildContactTimeline>[0]>) =>
  buildContactTimeline({ notes: [], events: [], payments: [], refunds: [], actionTimes: new Map(), ...sources });

describe('the contact timeline', () => {
  it('marks the call that asked for an action instead of listing the action again, and prefers it to the letter quoting it', () => {
    const timeline = build({
      notes: [note('letter', '2026-03-02T15:00:00Z', { channel: 'mail', direction: 'outbound', confirmationNumber: 'M3P-AAAA-BBBB' }), note('call', '2026-03-01T15:00:00Z', { confirmationNumber: 'M3P-AAAA-BBBB' })],
      events: [event('e1', 'opt_in_approved', '2026-03-01', 'M3P-AAAA-BBBB')],
    });
    expect(timeline.map((c) => [c.id, c.kind, c.actionKind])).toEqual([['letter', 'contact', null], ['call', 'contact', 'opt_in']]);
  });

  it('lists an action no contact carries, timed by the interaction that took it, among the contacts by instant', () => {
    const timeline = build({
      notes: [note('later', '2026-11-15T16:00:00+01:00'), note('earlier', '2026-11-15T14:30:00Z')],
      events: [event('e1', 'effective_date_changed', '2026-11-15', 'M3P-CCCC-DDDD')],
      payments: [payment('p1', 'autopay', '2026-11-01', 'PAY-AUTO-0001'), payment('p2', 'web', '2026-11-10', 'PAY-WEBB-0002')],
      actionTimes: new Map([['M3P-CCCC-DDDD', '2026-11-15T14:45:00.000Z']]),
    });
    expect(timeline.map((c) => [c.id, c.kind, c.actionKind, c.channel])).toEqual([
      ['later', 'contact', null, 'phone'], ['ACT-e1', 'action', 'back_date', 'phone'], ['earlier', 'contact', null, 'phone'], ['ACT-p2', 'action', 'payment', 'web'],
    ]);
    expect(timeline[1]).toMatchObject({ reason: 'Effective date changed', agentName: 'Rep Jordan Alvarez', confirmationNumber: 'M3P-CCCC-DDDD' });
  });

  it('makes one entry of an opt-in asked and approved under one number', () => {
    const timeline = build({ events: [event('e2', 'opt_in_approved', '2026-02-02', 'M3P-EEEE-FFFF', 'web'), event('e1', 'opt_in_requested', '2026-02-01', 'M3P-EEEE-FFFF', 'web')] });
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ id: 'ACT-e1', channel: 'web', occurredAt: '2026-02-01T12:00:00.000Z', notes: expect.stringMatching(/^Approved; effective/) });
  });
});
