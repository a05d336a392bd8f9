/**
 * The responses of one operation: success, the errors its shape implies (bad input, sign-in, access,
 * unknown member), the business refusals it declares — grouped by status, each code with an example —
 * and, for a change, the header that marks a replayed answer.
 */
import type { ApiRoute, ApiRouteError } from '../../shared/api/routes';
import { RoleSchema } from '../../shared/domain/session';

type Json = Record<string, unknown>;

const errorContent = (examples?: Json) => ({ 'application/json': { schema: { $ref: '#/components/schemas/ApiError' }, ...(examples ? { examples } : {}) } });
const errorResponse = (description: string) => ({ description, content: errorContent() });

/** Shared error responses, referenced by every operation they apply to. */
export const ERROR_RESPONSES = {
  InvalidInput: errorResponse('The input failed validation (code INVALID_INPUT); the message names the problem in words a rep can read.'),
  NotSignedIn: errorResponse('No bearer token, or one that is unknown, expired or revoked (code NOT_SIGNED_IN).'),
  Forbidden: errorResponse("The signed-in user's role may not call this operation, or the user is not assigned to the member's (or client's) health plan (code FORBIDDEN). The message names no identifier."),
  NotFound: errorResponse('No such member or client, or no such route (code NOT_FOUND).'),
  Unexpected: errorResponse('Any other failure, e.g. 503 while the backend is unavailable or closing. The body still carries code and message, and no error message repeats the path or a value sent.'),
} as const;

/** Sent with an answer replayed for a repeated Idempotency-Key; absent on a first answer. */
export const IDEMPOTENT_REPLAYED = {
  description: 'true when this is the stored answer to an earlier request with the same Idempotency-Key: nothing changed this time.',
  schema: { type: 'string', enum: ['true'] },
};
const REPLAYED_HEADER = { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' } };

const KEY_REQUIRED: ApiRouteError = {
  status: 400,
  code: 'IDEMPOTENCY_KEY_REQUIRED',
  description: 'The Idempotency-Key header is missing or not a UUID. Send a new UUID per action, and the same one when sending that action again.',
};
const INVALID_INPUT: ApiRouteError = { status: 400, code: 'INVALID_INPUT', description: 'The input failed validation; the message names the problem in words a rep can read.' };

/** One response for every error of a status: each code described, with an example body. */
function groupedErrors(errors: readonly ApiRouteError[], isReplayable: boolean): Json {
  const headers = Object.fromEntries(errors.flatMap((e) => Object.entries(e.headers ?? {})).map(([name, h]) => [name, { description: h.description, schema: { type: h.type } }]));
  const allHeaders = { ...headers, ...(isReplayable ? REPLAYED_HEADER : {}) };
  const examples = Object.fromEntries(errors.map((e) => [e.code, { summary: e.code, value: { error: { code: e.code, message: e.description } } }]));
  return {
    description: errors.map((e) => `${e.code}: ${e.description}`).join('\n\n'),
    ...(Object.keys(allHeaders).length > 0 ? { headers: allHeaders } : {}),
    content: errorContent(examples),
    'x-error-codes': errors.map((e) => e.code),
  };
}

/** The whole `responses` object for a route whose 200 body is the component `responseName`. */
export function describeResponses(route: ApiRoute, responseName: string): Json {
  const isChange = route.isIdempotent === true;
  const responses: Json = {
    '200': { description: 'Success.', ...(isChange ? { headers: REPLAYED_HEADER } : {}), content: { 'application/json': { schema: { $ref: `#/components/schemas/${responseName}` } } } },
  };
  const shared = (name: keyof typeof ERROR_RESPONSES) => ({ $ref: `#/components/responses/${name}` });
  if (isChange) responses['400'] = groupedErrors([INVALID_INPUT, KEY_REQUIRED], false);
  else if (route.params || route.query || route.body) responses['400'] = shared('InvalidInput');
  if (route.roles.length > 0) responses['401'] = shared('NotSignedIn');
  // A path parameter names a member or a client, which the user may not be assigned to.
  if (route.roles.length > 0 && (route.roles.length < RoleSchema.options.length || route.params)) responses['403'] = shared('Forbidden');
  if (route.params) responses['404'] = shared('NotFound');
  const byStatus = new Map<number, ApiRouteError[]>();
  for (const error of route.errors ?? []) byStatus.set(error.status, [...(byStatus.get(error.status) ?? []), error]);
  for (const [status, errors] of [...byStatus].sort(([a], [b]) => a - b)) responses[String(status)] = groupedErrors(errors, isChange);
  responses.default = shared('Unexpected');
  return responses;
}
