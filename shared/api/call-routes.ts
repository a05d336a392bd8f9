/**
 * The routes calls need: the rep's state for the floor board, the interaction record the outbox
 * sends, the phone-system webhook (the generic CTI push format) and the agent's event stream that
 * carries what the webhook said to the console of the rep it named.
 */
import { z } from 'zod';
import { CallEventSchema } from '../calls/call-events';
import { AgentStatusSchema, InteractionRecordSchema } from '../calls/interaction';
import { ConfirmationNumberSchema } from '../domain/primitives';
import type { ApiRoute } from './api-route';
import { ApprovalDecidedEventSchema } from './approval-routes';

const ANY_USER = ['rep', 'team_lead'] as const;

/** A value a phone system passes: one line, no control characters. */
const PbxText = (name: string, max: number) => z.string().max(max).regex(/^[^\u0000-\u001f\u007f]*$/, `${name} must be one line, without control characters.`);

/** The agent(s) a CTI event names: one real name or login, or a list (form encoding: `user[]=…` once per agent). */
export const CtiUsersSchema = z.union([PbxText('user', 120), z.array(PbxText('user', 120)).max(20)], { error: 'user must be an agent\'s name or a list of up to 20 names.' });

const ctiFields = {
  /** The calling number, e.g. `493055571600`; `anonymous` when withheld. */
  from: PbxText('from', 40),
  /** The called number. */
  to: PbxText('to', 40),
  /** `in` when the agent receives the call, `out` when the agent places it. */
  direction: z.enum(['in', 'out']),
  /** The phone system's id of the call, the same on every event of it (at most 250 characters). */
  callId: PbxText('callId', 250).min(1, 'callId is required.'),
  /** The agent(s) involved: the receiving agents of an inbound call, the calling agent of an outbound one. */
  user: CtiUsersSchema.optional(),
  /** The queue the call came through (optional). */
  queue: PbxText('queue', 80).optional(),
};

/**
 * One event of the generic CTI push format (Zammad's "Generic CTI" API), as JSON. Unknown fields are
 * ignored, so a phone system that sends more (Zammad's own extensions) is still understood.
 */
export const CtiEventBodySchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('newCall'), ...ctiFields }),
  z.object({
    event: z.literal('answer'), ...ctiFields,
    /** Who picked up: an agent's login or name; the other agents the call rang stop ringing. */
    answeringNumber: PbxText('answeringNumber', 120).optional(),
  }),
  z.object({
    event: z.literal('hangup'), ...ctiFields,
    /** Why: normalClearing, busy, cancel (the caller hung up before an answer), noAnswer, congestion, notFound, forwarded… */
    cause: PbxText('cause', 64).optional(),
    answeringNumber: PbxText('answeringNumber', 120).optional(),
  }),
]);
export type CtiEventBody = z.infer<typeof CtiEventBodySchema>;

/** The webhook's answer: how many consoles the event was routed to (0 when it named no known agent). */
export const CtiEventAnswerSchema = z.object({ routedTo: z.number().int().min(0) });

/**
 * One message of the agent event stream, as its fields: `id:` (a decimal number, increasing; send the
 * last one seen as `Last-Event-ID` when reconnecting), `event: call`, and `data:` one CallEvent as JSON.
 */
export const AgentStreamEventSchema = z
  .discriminatedUnion('event', [
    z.object({ id: z.string().regex(/^\d{1,15}$/), event: z.literal('call'), data: CallEventSchema }),
    /** A team lead decided a request this user made (shared/api/approval-routes.ts). */
    z.object({ id: z.string().regex(/^\d{1,15}$/), event: z.literal('approval_decided'), data: ApprovalDecidedEventSchema }),
  ])
  .meta({
    description: 'Sent as text/event-stream, not JSON: each message is `id: <n>`, `event: call` (or `event: approval_decided`) and `data: <JSON>` lines and a blank line; '
      + 'comment lines (`: heartbeat`) arrive about every 15 seconds.',
  });

export const callRoutes = {
  setAgentState: {
    operationId: 'setAgentState',
    summary: "Report the signed-in rep's state (available, on a call, wrap-up, away with a reason, offline) for the floor board.",
    method: 'PUT',
    path: '/v1/agents/me/state',
    body: AgentStatusSchema,
    response: z.object({ state: AgentStatusSchema }),
    roles: ANY_USER,
  },
  saveInteraction: {
    operationId: 'saveInteraction',
    summary: "Save one call's record (caller, member, verification, times, notes, actions, disposition) to the member's contact history.",
    method: 'POST',
    path: '/v1/interactions',
    body: InteractionRecordSchema,
    response: z.object({ interactionId: z.uuid(), confirmationNumber: ConfirmationNumberSchema }),
    roles: ANY_USER,
    isIdempotent: true,
    errors: [
      { status: 409, code: 'INTERACTION_ALREADY_SAVED', description: 'A record with this id was saved before with other content (under another Idempotency-Key). A saved interaction is never overwritten.' },
      { status: 422, code: 'UNKNOWN_DISPOSITION_CODE', description: "dispositionCode is not one of the member's client's disposition codes (getClientRules)." },
      { status: 422, code: 'IDEMPOTENCY_KEY_REUSED', description: 'This Idempotency-Key was used before with a different request. Send a new key for a new record.' },
    ],
  },
  ctiEvent: {
    operationId: 'ctiEvent',
    summary: 'Phone-system webhook in the generic CTI push format (newCall, answer, hangup): the event reaches the console of each agent it names, '
      + 'by display name or login. Send JSON, or the same fields form-encoded (application/x-www-form-urlencoded, `user[]=` once per agent). '
      + 'The path token identifies the phone system; an unknown one is answered like an unknown route. Answered at once.',
    method: 'POST',
    path: '/v1/cti/:token',
    params: z.object({ token: z.string().min(1).max(100) }),
    body: CtiEventBodySchema,
    response: CtiEventAnswerSchema,
    roles: [],
  },
  streamAgentEvents: {
    operationId: 'streamAgentEvents',
    summary: "Server-sent events (text/event-stream) for the signed-in user: the calls phone systems report for them, and team leads' decisions on their requests. Each message has an increasing `id`; "
      + 'reconnect with `Last-Event-ID` to get what was missed in the last few minutes, once. The stream ends when the session is revoked or expires.',
    method: 'GET',
    path: '/v1/agents/me/events',
    response: AgentStreamEventSchema,
    roles: ANY_USER,
  },
} as const satisfies Record<string, ApiRoute>;
