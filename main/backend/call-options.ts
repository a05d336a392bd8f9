/** What one call to a route may carry, typed from the route's own schemas so a wrong request fails to compile. */
import type { z } from 'zod';
import type { ApiRouteName, ApiRoutes } from '../../shared/api/routes';

type Part<R, K extends 'params' | 'query' | 'body'> = R extends { readonly [P in K]: infer S extends z.ZodType } ? { readonly [P in K]: z.input<S> } : { readonly [P in K]?: undefined };

/** Per-call settings every route accepts. */
export interface CallSettings {
  /** This call's own limit (the background health probe must not wait as long as a rep's search). */
  readonly timeoutMs?: number;
  /** This call's own retry budget. */
  readonly maxRetries?: number;
  /** Sign the call with this token instead of the session's (revoking a token main just forgot). */
  readonly token?: string;
}

/** Idempotent routes must name the key of the rep action they belong to; it is reused by every attempt. */
type IdempotencyPart<R> = R extends { readonly isIdempotent: true } ? { readonly idempotencyKey: string } : { readonly idempotencyKey?: undefined };

export type CallOptions<N extends ApiRouteName> = Part<ApiRoutes[N], 'params'> & Part<ApiRoutes[N], 'query'> & Part<ApiRoutes[N], 'body'> & IdempotencyPart<ApiRoutes[N]> & CallSettings;

/** True when a route needs nothing but settings, so its options may be left out. */
export type HasNoRequiredParts<N extends ApiRouteName> = Record<string, never> extends Omit<CallOptions<N>, keyof CallSettings> ? true : false;
