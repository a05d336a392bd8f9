/**
 * What one route call means for the audit trail: who, what, which member, how it ended, the
 * confirmation number, on whose authority, under which Idempotency-Key. Only fields that identify the
 * action are read — never a search's keys, a note, an answer to a verification question or card data —
 * and each is checked against its schema, so a malformed request records no garbage.
 */
import type { ApiRoute } from '../../shared/api/routes';
import { AuthorizedBySchema } from '../../shared/domain/participation-changes';
import { ConfirmationNumberSchema, MemberIdSchema } from '../../shared/domain/primitives';
import { UserSchema, type User } from '../../shared/domain/session';
import { SANDBOX_USERS, toUserId } from '../server/sandbox-users';
import type { AuditDraft } from './create-audit-trail';

/** One call as the recorder sees it: raw request parts (parsing may have failed), the user, the key. */
export interface RouteCall {
  readonly user: User | null;
  readonly params: unknown;
  readonly body: unknown;
  readonly idempotencyKey: string | null;
}

/** How it ended: the status and body answered (an ApiError body for a refusal). */
export interface RouteOutcome {
  readonly status: number;
  readonly body: unknown;
}

/** Who a failed sign-in is recorded as when the name typed is no user's (it may be a password typed in the wrong field). */
export const UNKNOWN_USER = '(unknown user name)';

/** Routes that do not go in the trail: open ones (health, the CTI webhook) but sign-in, the trail's own events, streams. */
export function isRecordedRoute(route: ApiRoute): boolean {
  if (route.operationId === 'createSession') return true;
  return route.roles.length > 0 && route.operationId !== 'recordAuditEvent' && !route.operationId.startsWith('stream');
}

const fieldOf = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined);

/** The field on the answer or on one of its objects (`{ approval: { confirmationNumber } }`). */
function findInAnswer(answer: unknown, name: string): unknown {
  const top = fieldOf(answer, name);
  if (top !== undefined || typeof answer !== 'object' || answer === null) return top;
  return Object.values(answer).map((child) => fieldOf(child, name)).find((v) => v !== undefined);
}

const parsed = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | null => {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
};

function authorityOf(body: unknown, answer: unknown): string | null {
  const authorizedBy = parsed(AuthorizedBySchema, fieldOf(body, 'authorizedBy'));
  if (authorizedBy) return authorizedBy.kind === 'member' ? 'member' : `representative ${authorizedBy.representativeId}`;
  const requestedBy = findInAnswer(answer, 'requestedBy');
  return typeof requestedBy === 'string' && requestedBy.length > 0 ? `requested by ${requestedBy}` : null;
}

function resultCountOf(route: ApiRoute, answer: unknown): number | null {
  if (route.method !== 'GET' && route.isReadOnly !== true) return null;
  const list = typeof answer === 'object' && answer !== null ? Object.values(answer).find(Array.isArray) : undefined;
  return Array.isArray(list) ? list.length : null;
}

function whoSignedIn(call: RouteCall, outcome: RouteOutcome): Pick<User, 'id'> & Partial<User> {
  const user = parsed(UserSchema, fieldOf(outcome.body, 'user'));
  if (outcome.status === 200 && user) return user;
  const typed = fieldOf(call.body, 'username');
  const id = typeof typed === 'string' ? toUserId(typed) : '';
  // A password typed into the name field must not land in the trail: only a user the backend knows is named.
  return { id: SANDBOX_USERS.some((u) => u.user.id === id) ? id : UNKNOWN_USER };
}

const DECISION_WORDS: Readonly<Record<string, string>> = { approve: 'Approved', reject: 'Rejected' };

/** Which request a decision was on (the reason is free text a lead typed: it stays on the record, not here). */
function detailOf(call: RouteCall): string | null {
  const approvalId = fieldOf(call.params, 'approvalId');
  if (typeof approvalId !== 'string' || !/^[A-Z0-9-]{1,40}$/.test(approvalId)) return null;
  const decision = fieldOf(call.body, 'decision');
  return `${(typeof decision === 'string' ? DECISION_WORDS[decision] : undefined) ?? 'Request'} ${approvalId}`;
}

/** The entry to append for the call, or null when it is not recorded (open routes, calls with no user). */
export function describeRouteCall(route: ApiRoute, call: RouteCall, outcome: RouteOutcome): AuditDraft | null {
  if (!isRecordedRoute(route)) return null;
  const who = route.operationId === 'createSession' ? whoSignedIn(call, outcome) : call.user;
  if (!who) return null;
  const isOk = outcome.status >= 200 && outcome.status < 300;
  // Only a change's answer is read: a record that was read (a profile) carries other actions' confirmation numbers.
  const answer = isOk && route.method !== 'GET' && route.isReadOnly !== true ? outcome.body : undefined;
  const code = fieldOf(fieldOf(outcome.body, 'error'), 'code');
  const memberId = parsed(MemberIdSchema, fieldOf(call.params, 'memberId'))
    ?? (route.isReadOnly ? null : parsed(MemberIdSchema, fieldOf(call.body, 'memberId')) ?? parsed(MemberIdSchema, findInAnswer(answer, 'memberId')))
    // A change's answer carries the record after it (ChangeResult.profile): a decision on an approval names its member there.
    ?? parsed(MemberIdSchema, fieldOf(fieldOf(fieldOf(answer, 'profile'), 'member'), 'memberId'));
  return {
    userId: who.id,
    userName: who.displayName ?? null,
    role: who.role ?? null,
    action: route.operationId,
    memberId,
    outcome: isOk ? 'ok' : typeof code === 'string' ? code : `HTTP_${outcome.status}`,
    confirmationNumber: parsed(ConfirmationNumberSchema, findInAnswer(answer, 'confirmationNumber')),
    authority: isOk || route.isIdempotent ? authorityOf(call.body, answer) : null,
    idempotencyKey: call.idempotencyKey,
    resultCount: isOk ? resultCountOf(route, outcome.body) : null,
    detail: detailOf(call),
  };
}
