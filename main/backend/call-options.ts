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

/** The options of a call to route definition `R`, on any service's route table. */
export type RouteCallOptions<R> = Part<R, 'params'> & Part<R, 'query'> & Part<R, 'body'> & IdempotencyPart<R> & CallSettings;

/** True when route definition `R` needs nothing but settings, so its options may be left out. */
export type RouteHasNoRequiredParts<R> = Record<string, never> extends Omit<RouteCallOptions<R>, keyof CallSettings> ? true : false;

export type CallOptions<N extends ApiRouteName> = RouteCallOptions<ApiRoutes[N]>;

/** True when a payer-backend route needs nothing but settings, so its options may be left out. */
export type HasNoRequiredParts<N extends ApiRouteName> = RouteHasNoRequiredParts<ApiRoutes[N]>;
