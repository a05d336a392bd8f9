/** The shape of one backend route in the contract, and of the error body every non-2xx answer carries. */
import { z } from 'zod';
import type { Role } from '../domain/session';

/** Every non-2xx response carries this body. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string().min(1),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * An error answer a route documents beyond those its shape implies (400 for input, 401 and 403 for
 * roles, 404 for path parameters), so the OpenAPI document tells a backend team every code to send.
 */
export interface ApiRouteError {
  readonly status: number;
  /** The `error.code` the ApiError body carries. */
  readonly code: string;
  /** When it is answered and what the caller should do. */
  readonly description: string;
  /** Response headers that come with it, by name. */
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly type: 'integer' | 'string' }>>;
}

/** One route: how it is called, what it accepts, what it answers, and who may call it. */
export interface ApiRoute {
  readonly operationId: string;
  readonly summary: string;
  readonly method: HttpMethod;
  /** Fastify-style path, e.g. `/v1/members/:memberId/profile`. */
  readonly path: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  /** Roles allowed; empty means no sign-in is needed. */
  readonly roles: readonly Role[];
  /**
   * A POST that only reads (a search that keeps PHI out of URLs and access logs): the client may
   * retry it like a GET. Never set this on a route that changes anything.
   */
  readonly isReadOnly?: true;
  /** Errors this route answers that its shape does not imply; see ApiRouteError. */
  readonly errors?: readonly ApiRouteError[];
  /**
   * A change that requires an `Idempotency-Key` header: the backend stores key + request fingerprint →
   * first answer with the change, so the console may send the same action again (after a timeout, a
   * dropped connection, a restart) and it happens once.
   */
  readonly isIdempotent?: true;
}


/**
 * How long a backend must remember an Idempotency-Key and its first answer. The console never sends a
 * key again after this (less a margin): past it, a resent action could happen twice.
 */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Every console user: the roles of a route any signed-in rep or team lead may call. */
export const ANY_USER = ['rep', 'team_lead'] as const;

/** Answered by every change route when a key comes back with another request. */
export const REUSED_KEY: ApiRouteError = {
  status: 422,
  code: 'IDEMPOTENCY_KEY_REUSED',
  description: 'This Idempotency-Key was used before with a different request. Send a new key for a new action.',
};

/** Answered by every change route whose request names the authority it was made on. */
export const REPRESENTATIVE: ApiRouteError = {
  status: 422,
  code: 'REPRESENTATIVE_NOT_ON_FILE',
  description: 'authorizedBy names a representative who is not on file for this member, or whose authority has expired.',
};
