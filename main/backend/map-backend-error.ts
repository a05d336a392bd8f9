/** Turns any failure talking to a service (the payer backend, the payment processor) into an AppFailure a rep can act on. */
import { AxiosError } from 'axios';
import { ApiErrorSchema, type ApiRoute } from '../../shared/api/routes';
import { BackendRefusal } from './backend-refusal';
import { AppFailure, type ErrorCode } from '../../shared/ipc/result';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ERR_NETWORK']);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);

/** True when the request never got an answer because the backend could not be reached. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof AxiosError && !error.response && NETWORK_CODES.has(error.code ?? '');
}

/** True when the backend did not answer in time. */
export function isTimeout(error: unknown): boolean {
  return error instanceof AxiosError && !error.response && TIMEOUT_CODES.has(error.code ?? '');
}

/** "a minute", "5 minutes", "30 seconds": a Retry-After header in words (seconds form; a date or nothing is "a minute"). */
function describeRetryAfter(header: unknown): string {
  const seconds = Number(header);
  if (!Number.isFinite(seconds) || seconds <= 0) return 'a minute';
  if (seconds < 60) return `${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

function backendMessage(data: unknown): string | null {
  const parsed = ApiErrorSchema.safeParse(data);
  return parsed.success ? parsed.data.error.message : null;
}

const STATUS_CODES: Record<number, ErrorCode> = { 400: 'INVALID_INPUT', 401: 'NOT_SIGNED_IN', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 422: 'INVALID_INPUT' };

/**
 * Maps axios errors (and anything else) to a stable code and a sentence; `baseUrl` is named so IT can
 * check it, `service` says which one ("payer backend", "payment processor"). The message never quotes
 * the request: on the processor's routes it holds card digits.
 */
export function mapBackendError(error: unknown, baseUrl: string, service = 'payer backend'): AppFailure {
  if (error instanceof AppFailure) return error;
  if (isTimeout(error)) {
    return new AppFailure('BACKEND_TIMEOUT', `The ${service} did not answer in time. Try again in a moment.`);
  }
  if (isUnreachable(error)) {
    // Only the payer backend is watched in the background (the offline banner); other services are tried when used.
    const after = service === 'payer backend' ? 'Check the network; Rep Console keeps retrying.' : 'Check the network and try again.';
    return new AppFailure('BACKEND_UNREACHABLE', `Can't reach the ${service} at ${baseUrl}. ${after}`);
  }
  if (error instanceof AxiosError && error.response) {
    const { status, data } = error.response;
    const code = STATUS_CODES[status];
    const said = backendMessage(data);
    if (code === 'NOT_SIGNED_IN') return new AppFailure(code, said ?? 'Your session has ended. Sign in again.');
    if (code === 'FORBIDDEN') return new AppFailure(code, said ?? 'Your role is not allowed to do that.');
    if (code) return new AppFailure(code, said ?? `The ${service} refused that request.`);
    if (status === 429) return new AppFailure('RATE_LIMITED', said ?? `Too many requests for now. Try again in ${describeRetryAfter(error.response.headers['retry-after'])}.`);
    return new AppFailure('BACKEND_ERROR', `The ${service} had a problem (HTTP ${status}). Try again; if it keeps happening, tell IT.`);
  }
  return new AppFailure('BACKEND_ERROR', `The ${service} could not be used. Try again; if it keeps happening, tell IT.`);
}

/**
 * A business outcome when the answer carries one of the codes the route declares; null for anything
 * else. Only idempotent routes have outcomes, unless `isEveryDeclaredErrorAnOutcome` (the processor:
 * a card refused for its number is the card's outcome on any route).
 */
export function toRefusal(error: unknown, route: ApiRoute, isEveryDeclaredErrorAnOutcome = false): BackendRefusal | null {
  if (!(error instanceof AxiosError) || !error.response) return null;
  const parsed = ApiErrorSchema.safeParse(error.response.data);
  if (!parsed.success) return null;
  const { code, message } = parsed.data.error;
  // A reused key is not the action's outcome: the backend saw another request under it, so whether
  // this one happened is unknown. It stays an error for IT, never a "nothing changed".
  if (code === 'IDEMPOTENCY_KEY_REUSED') return null;
  const isDeclared = route.errors?.some((declared) => declared.code === code && declared.status === error.response?.status) ?? false;
  // Sign-in's declared 401 and 429 stay errors: they end or block a session, they are not an action's outcome.
  return isDeclared && (route.isIdempotent === true || isEveryDeclaredErrorAnOutcome) ? new BackendRefusal(code, message, error.response.status) : null;
}
