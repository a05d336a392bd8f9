/**
 * The audit hook of every contract route (sandbox/server/register-api-route.ts): told who is calling
 * and how the call ended, it appends one entry. A change records inside the transaction that stores
 * its answer under the Idempotency-Key, so the change and its entry commit together and a replay
 * (the same key again) records nothing. Recording fails closed: if the entry cannot be written, the
 * call fails too rather than happen unrecorded.
 */
import type { FastifyRequest } from 'fastify';
import type { ApiRoute } from '../../shared/api/routes';
import type { User } from '../../shared/domain/session';
import type { SessionStore } from '../server/create-session-store';
import { toApiError } from '../server/to-api-error';
import type { AuditTrail } from './create-audit-trail';
import { describeRouteCall, isRecordedRoute, type RouteOutcome } from './describe-route-call';

/** One call's recorder; every method is a no-op for routes that are not recorded. */
export interface CallRecorder {
  /** The signed-in user (null on open routes) and the change's key, once known. */
  identify(user: User | null, idempotencyKey: string | null): void;
  /** Records an answer the route gave (2xx or a declared refusal). */
  answered(outcome: RouteOutcome): void;
  /** Records a call that ended in an error answer; call before rethrowing. */
  failed(error: unknown): void;
  /** Runs an idempotent change and records it in the same transaction unless it was a replay. */
  recordChange<T extends { answer: RouteOutcome; isReplay: boolean }>(run: () => T): T;
}

const NOTHING: CallRecorder = { identify: () => undefined, answered: () => undefined, failed: () => undefined, recordChange: (run) => run() };

/** Starts the recorder for one request. */
export function createCallRecorder(route: ApiRoute, request: FastifyRequest, audit: AuditTrail | undefined, sessions: SessionStore): CallRecorder {
  if (!audit || !isRecordedRoute(route)) return NOTHING;
  let user: User | null = null;
  let idempotencyKey: string | null = null;
  let isRecorded = false;
  const record = (outcome: RouteOutcome): void => {
    if (isRecorded) return;
    const draft = describeRouteCall(route, { user, params: request.params, body: request.body, idempotencyKey }, outcome);
    if (draft) audit.append(draft);
    isRecorded = true;
  };
  return {
    identify(who, key) {
      user = who;
      idempotencyKey = key;
    },
    answered: record,
    failed(error) {
      const refusal = toApiError(error);
      // A role refusal comes before the user is handed over; who was refused matters to the trail.
      if (user === null && refusal.status === 403) {
        const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
        user = token ? sessions.authenticate(token) : null;
      }
      record({ status: refusal.status, body: refusal.toBody() });
    },
    recordChange(run) {
      return audit.atomically(() => {
        const result = run();
        if (result.isReplay) isRecorded = true;
        else record(result.answer);
        return result;
      });
    },
  };
}
