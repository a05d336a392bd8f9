/** An interaction record as a console's outbox sends it, for floor tests: no member, the times and seconds given. */
import { randomUUID } from 'node:crypto';
import type { InteractionRecord } from '../../../shared/calls/interaction';

/** A saved call of `seconds` [talk, hold, wrap-up] that began at `at`. */
export function testRecord(at: string, seconds: [number, number, number], over: Partial<InteractionRecord> = {}): InteractionRecord {
  return {
    id: randomUUID(), callId: null, direction: 'inbound', callerNumber: null, memberId: null, verification: null, ringAt: at, answeredAt: at, endedAt: at,
    talkSeconds: seconds[0], holdSeconds: seconds[1], wrapUpSeconds: seconds[2], isMissed: false, notes: '', summary: 'Test call.', dispositionCode: 'BILLING_QUESTION', actions: [], ...over,
  };
}
