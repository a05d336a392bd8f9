/**
 * Turns one generic CTI event (newCall, answer, hangup) into the call events of our own vocabulary
 * (shared/calls/call-events.ts), one per agent console it concerns: `newCall` rings each agent named;
 * `answer` connects who picked up and stops the ringing for the others it rang; `hangup` ends it for
 * everyone still on it, with the phone system's cause (`cancel` before an answer: a missed call).
 */
import { createHash } from 'node:crypto';
import type { CtiEventBody } from '../../shared/api/call-routes';
import { CallIdSchema, type CallEvent } from '../../shared/calls/call-events';
import type { User } from '../../shared/domain/session';
import type { CallRoster } from './create-call-roster';

/** One event for one agent's console. */
export interface Delivery {
  readonly userId: string;
  readonly event: CallEvent;
}

/** Matches a name from the phone system to a console user: by login or display name, ignoring case and spacing. */
export type FindAgent = (name: string) => User | null;

/** The cause the other agents of a group call get when one of them picked up. */
export const ANSWERED_ELSEWHERE = 'answeredElsewhere';

const WITHHELD = new Set(['', 'anonymous', 'unknown', 'restricted', 'private']);

/** Zammad allows call ids of 250 characters; longer or unusual ones are hashed to one of ours, the same each time. */
function toCallId(phoneSystem: string, callId: string): string {
  if (CallIdSchema.safeParse(callId).success) return callId;
  return `cti-${createHash('sha256').update(`${phoneSystem}\u0000${callId}`).digest('hex').slice(0, 40)}`;
}

function namedAgents(names: CtiEventBody['user'], findAgent: FindAgent): string[] {
  const list = names === undefined ? [] : typeof names === 'string' ? [names] : names;
  return [...new Set(list.map(findAgent).flatMap((user) => (user ? [user.id] : [])))];
}

/** The deliveries for one event from `phoneSystem`; the roster remembers who each call rang. */
export function translateCtiEvent(phoneSystem: string, body: CtiEventBody, findAgent: FindAgent, roster: CallRoster): Delivery[] {
  const callId = toCallId(phoneSystem, body.callId);
  const key = `${phoneSystem}\u0000${callId}`;
  const named = namedAgents(body.user, findAgent);
  const known = roster.get(key);
  const stillOn = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => !known?.released.has(id));
  switch (body.event) {
    case 'newCall': {
      const isInbound = body.direction === 'in';
      // The number the console should look up is the other party's; the plan's own line is the other one.
      const remote = (isInbound ? body.from : body.to).trim();
      const ownLine = (isInbound ? body.to : body.from).trim();
      const ani = WITHHELD.has(remote.toLowerCase()) ? null : remote;
      roster.ring(key, named);
      return named.map((userId) => ({ userId, event: { type: 'ringing', call: {
        callId, ani, dialledNumber: ownLine === '' ? null : ownLine, direction: isInbound ? 'inbound' : 'outbound',
        queue: body.queue?.trim() || null, agentExtension: null, ivr: null,
      } } }));
    }
    case 'answer': {
      const answerer = body.answeringNumber === undefined ? null : findAgent(body.answeringNumber);
      const answered = answerer ? [answerer.id] : named;
      const others = stillOn(known?.rang ?? []).filter((id) => !answered.includes(id));
      roster.ring(key, answered);
      roster.release(key, others);
      return [
        ...answered.map((userId): Delivery => ({ userId, event: { type: 'connected', callId } })),
        ...others.map((userId): Delivery => ({ userId, event: { type: 'ended', callId, cause: ANSWERED_ELSEWHERE } })),
      ];
    }
    case 'hangup': {
      const recipients = stillOn([...(known?.rang ?? []), ...named]);
      roster.forget(key);
      const cause = body.cause?.trim();
      return recipients.map((userId) => ({ userId, event: { type: 'ended', callId, ...(cause ? { cause } : {}) } }));
    }
  }
}
