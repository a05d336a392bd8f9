/**
 * The team lead's approvals queue: what waits (back-dates beyond a client's window, refunds above its
 * threshold) and the decision that applies or rejects it. A decision is a change like any other: it
 * takes an Idempotency-Key, answers declared refusals, and returns the member's record after it.
 */
import { z } from 'zod';
import { ApprovalSchema, ChangeResultSchema } from '../domain/participation-changes';
import { containsCardNumber } from '../lib/luhn';
import { ConfirmationNumberSchema, IsoDateSchema, IsoDateTimeSchema } from '../domain/primitives';
import { REUSED_KEY, type ApiRoute } from './api-route';

/** One request in the queue, with what a lead needs to decide it without opening the member. */
export const ApprovalQueueItemSchema = ApprovalSchema.extend({
  /** "Howard Anderson": the member the request is for. */
  memberName: z.string().min(1),
  /** The console user who asked: a lead may not decide their own request. */
  requestedById: z.string().min(1),
  planYear: z.number().int(),
  /** The business date it was asked on. */
  requestedOn: IsoDateSchema,
  /** The opt-in's effective date now, for a back-date ("from 03/01 to 01/15"); null for refunds. */
  currentEffectiveOn: IsoDateSchema.nullable(),
  /** Where a refund would go ("Check to address on file"); null for back-dates. */
  refundDestination: z.string().nullable(),
});
export type ApprovalQueueItem = z.infer<typeof ApprovalQueueItemSchema>;

export const ApprovalDecisionSchema = z.enum(['approve', 'reject']);
export type ApprovalDecision = z.infer<typeof ApprovalDecisionSchema>;

/** Why the lead decided so, kept on the member's record: never a card number (PCI DSS). */
export const DecisionReasonSchema = z
  .string()
  .trim()
  .max(500, 'Keep it under 500 characters.')
  .refine((text) => !containsCardNumber(text), 'That looks like a card number. Never type card numbers into a reason.');

const decisionFields = { decision: ApprovalDecisionSchema, reason: DecisionReasonSchema };
/** A rejection must say why (the rep reads it to the member); an approval may. */
const isReasonGiven = (body: { decision: ApprovalDecision; reason: string }) => body.decision === 'approve' || body.reason.length >= 3;
const REASON_REQUIRED = { message: 'Say why it is rejected, in a few words: the rep and the record keep it.', path: ['reason'] };

export const DecideApprovalBodySchema = z.object(decisionFields).strict().refine(isReasonGiven, REASON_REQUIRED);
export type DecideApprovalBody = z.infer<typeof DecideApprovalBodySchema>;

/** The answer: the decision's own confirmation number and the member's record after it. */
export const DecisionResultSchema = ChangeResultSchema.extend({ decision: ApprovalDecisionSchema });

/** Told to the rep who asked, on their agent event stream, when a lead decides their request. */
export const ApprovalDecidedEventSchema = z
  .object({
    type: z.literal('approval_decided'),
    approvalId: z.string().min(1),
    kind: ApprovalSchema.shape.kind,
    memberId: z.string().min(1),
    decision: ApprovalDecisionSchema,
    reason: z.string(),
    /** The decision's confirmation number. */
    confirmationNumber: ConfirmationNumberSchema,
    /** "Team lead Morgan Lee". */
    decidedBy: z.string().min(1),
    decidedAt: IsoDateTimeSchema,
  })
  .strict();
export type ApprovalDecidedEvent = z.infer<typeof ApprovalDecidedEventSchema>;

const LEADS_ONLY = ['team_lead'] as const;

export const approvalRoutes = {
  listApprovals: {
    operationId: 'listApprovals',
    summary: "Requests waiting for a team lead, for the lead's own clients, oldest first; team leads only.",
    method: 'GET',
    path: '/v1/approvals',
    response: z.object({ approvals: z.array(ApprovalQueueItemSchema) }),
    roles: LEADS_ONLY,
  },
  decideApproval: {
    operationId: 'decideApproval',
    summary: 'Approve (the change takes effect now) or reject (nothing changes) a waiting request, with a reason; team leads only, for their own clients.',
    method: 'POST',
    path: '/v1/approvals/:approvalId/decision',
    params: z.object({ approvalId: z.string().regex(/^APR-[A-Z0-9]{4,20}$/, 'An approval id looks like APR-7Q4K2C9D.') }),
    body: DecideApprovalBodySchema,
    response: DecisionResultSchema,
    roles: LEADS_ONLY,
    isIdempotent: true,
    errors: [
      { status: 404, code: 'APPROVAL_NOT_FOUND', description: 'No request has that id.' },
      { status: 409, code: 'SELF_APPROVAL', description: 'The request was made by the team lead deciding it; another lead must decide it.' },
      { status: 409, code: 'ALREADY_DECIDED', description: 'The request was approved, rejected or withdrawn (an opt-out ended its participation) before this decision.' },
      { status: 409, code: 'NOT_PARTICIPATING', description: 'Approving a back-date: the member no longer has an active opt-in whose date could move.' },
      { status: 409, code: 'NOT_EARLIER', description: 'Approving a back-date: the effective date is already on or before the date asked for.' },
      REUSED_KEY,
    ],
  },
} as const satisfies Record<string, ApiRoute>;

/** The decision as the console's write path carries it: the body plus which request it decides. */
export const DecideApprovalRequestSchema = z
  .object({ ...decisionFields, approvalId: approvalRoutes.decideApproval.params.shape.approvalId })
  .strict()
  .refine(isReasonGiven, REASON_REQUIRED);
export type DecideApprovalRequest = z.infer<typeof DecideApprovalRequestSchema>;
