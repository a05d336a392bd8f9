/**
 * The write path's first routes (participation changes) and the rules and settings they obey; the
 * approvals they may create are decided through shared/api/approval-routes.ts. Every change is
 * idempotent by its `Idempotency-Key` and answers business
 * outcomes (already participating, outside the window…) as declared error codes the console acts on.
 */
import { z } from 'zod';
import { ClientRulesSchema, ProgramSettingsSchema } from '../domain/client-rules';
import {
  ChangeResultSchema,
  EffectiveDateChangeSchema,
  OptInRequestSchema,
  OptOutRequestSchema,
} from '../domain/participation-changes';
import { ClientIdSchema, MemberIdSchema } from '../domain/primitives';
import { ANY_USER, REPRESENTATIVE, REUSED_KEY, type ApiRoute, type ApiRouteError } from './api-route';

const memberParams = z.object({ memberId: MemberIdSchema });

const FUTURE_REQUEST: ApiRouteError = { status: 422, code: 'REQUEST_DATE_IN_FUTURE', description: 'requestedOn is after the business date.' };

export const participationRoutes = {
  getClientRules: {
    operationId: 'getClientRules',
    summary: "A client's rules: opt-out reason codes, back-date window, urgent requests, preclusion, refund threshold, caller verification.",
    method: 'GET',
    path: '/v1/clients/:clientId/rules',
    params: z.object({ clientId: ClientIdSchema }),
    response: ClientRulesSchema,
    roles: ANY_USER,
  },
  getProgramSettings: {
    operationId: 'getProgramSettings',
    summary: 'Program configuration per plan year: the out-of-pocket threshold (null while not configured).',
    method: 'GET',
    path: '/v1/program/plan-years',
    response: ProgramSettingsSchema,
    roles: ANY_USER,
  },
  optInMember: {
    operationId: 'optInMember',
    summary: 'Opt the member in to the payment plan for a plan year, on the authority given.',
    method: 'POST',
    path: '/v1/members/:memberId/participation/opt-in',
    params: memberParams,
    body: OptInRequestSchema,
    response: ChangeResultSchema,
    roles: ANY_USER,
    isIdempotent: true,
    errors: [
      { status: 409, code: 'ALREADY_PARTICIPATING', description: 'The member already participates (or has a request pending) in that plan year.' },
      { status: 409, code: 'NO_ACTIVE_PART_D', description: 'The member has no active Part D enrolment for that plan year.' },
      { status: 409, code: 'PRECLUDED_UNPAID_BALANCE', description: "An unpaid balance from an earlier plan year blocks a new opt-in under the client's rules." },
      { status: 422, code: 'PLAN_YEAR_NOT_OPEN', description: 'Requests are not taken for that plan year yet (or any more).' },
      FUTURE_REQUEST,
      { status: 422, code: 'BEFORE_PLAN_YEAR', description: 'An urgent point-of-sale request takes effect on the pharmacy visit where the client says so (getClientRules), and requestedOn is before the plan year.' },
      { status: 422, code: 'BEFORE_PART_D_START', description: "An urgent point-of-sale request would take effect on requestedOn, which is before the member's Part D enrolment began." },
      REPRESENTATIVE,
      REUSED_KEY,
    ],
  },
  optOutMember: {
    operationId: 'optOutMember',
    summary: "End the member's participation; the remaining balance is still billed.",
    method: 'POST',
    path: '/v1/members/:memberId/participation/opt-out',
    params: memberParams,
    body: OptOutRequestSchema,
    response: ChangeResultSchema,
    roles: ANY_USER,
    isIdempotent: true,
    errors: [
      { status: 409, code: 'NOT_PARTICIPATING', description: 'The member does not participate, so there is nothing to opt out of.' },
      { status: 422, code: 'UNKNOWN_REASON_CODE', description: "reasonCode is not one of the client's opt-out reason codes (see getClientRules)." },
      FUTURE_REQUEST,
      REPRESENTATIVE,
      REUSED_KEY,
    ],
  },
  changeEffectiveDate: {
    operationId: 'changeEffectiveDate',
    summary: "Back-date the opt-in's effective date. Beyond the client's window it is saved pending a team lead's approval.",
    method: 'PUT',
    path: '/v1/members/:memberId/participation/effective-date',
    params: memberParams,
    body: EffectiveDateChangeSchema,
    response: ChangeResultSchema,
    roles: ANY_USER,
    isIdempotent: true,
    errors: [
      { status: 409, code: 'NOT_PARTICIPATING', description: 'The member has no active opt-in whose date could move.' },
      { status: 409, code: 'APPROVAL_ALREADY_PENDING', description: 'A back-date for this member already waits for a team lead.' },
      { status: 422, code: 'EFFECTIVE_DATE_IN_FUTURE', description: 'effectiveOn is after the business date.' },
      { status: 422, code: 'BEFORE_PLAN_YEAR', description: 'effectiveOn is before January 1 of the participation plan year.' },
      { status: 422, code: 'BEFORE_PART_D_START', description: "effectiveOn is before the member's Part D enrolment began." },
      { status: 422, code: 'NOT_EARLIER', description: 'effectiveOn is not earlier than the current effective date (only back-dating is allowed).' },
      REPRESENTATIVE,
      REUSED_KEY,
    ],
  },
} as const satisfies Record<string, ApiRoute>;
