/**
 * The routes calls need: the rep's state for the floor board, the interaction record the outbox
 * sends, and (added by the CTI work) the phone-system webhook and the agent's event stream.
 */
import { z } from 'zod';
import { AgentStatusSchema, InteractionRecordSchema } from '../calls/interaction';
import { ConfirmationNumberSchema } from '../domain/primitives';
import type { ApiRoute } from './api-route';

const ANY_USER = ['rep', 'team_lead'] as const;

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
      { status: 422, code: 'IDEMPOTENCY_KEY_REUSED', description: 'This Idempotency-Key was used before with a different request. Send a new key for a new record.' },
    ],
  },
} as const satisfies Record<string, ApiRoute>;
