/**
 * The only HTTP code in the console: typed calls by route name to one service (the payer backend, the
 * payment processor), each client bound to its own base URL, timeouts and route table.
 *
 * Every response is parsed with the route's shared schema, so a service built to another version of the
 * contract fails loudly here instead of rendering wrong numbers. Only safe reads are retried (GETs and
 * POSTs the contract marks read-only, such as search): replaying a write could take a payment twice,
 * so writes carry an idempotency key instead. Request bodies are never logged or reported: on the
 * processor's routes they hold card numbers.
 */
import { randomUUID } from 'node:crypto';
import axios, { type AxiosInstance } from 'axios';
import type { z } from 'zod';
import { buildApiPath, isSafeToRetry, type ApiRoute } from '../../shared/api/routes';
import { AppFailure } from '../../shared/ipc/result';
import type { RouteCallOptions, RouteHasNoRequiredParts } from './call-options';
import { checkRequest } from './check-request';
import { isTimeout, isUnreachable, mapBackendError, toRefusal } from './map-backend-error';

/** A service's routes by name. */
export type RouteTable = Readonly<Record<string, ApiRoute>>;

export interface ServiceClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** Extra attempts for safe reads (GET, read-only POST) on network errors, timeouts, 429 and 502–504. */
  readonly maxRetries: number;
  /** First backoff delay; doubles each attempt, with jitter. */
  readonly retryBaseDelayMs?: number;
  readonly getToken: () => string | null;
  /** What the rep is told cannot be reached: "payer backend" (default), "payment processor". */
  readonly serviceName?: string;
  /**
   * Declared error codes are business outcomes on every route, not only on idempotent ones: a
   * processor's CARD_NUMBER_INVALID says something about the card, nothing about the processor.
   */
  readonly isEveryDeclaredErrorAnOutcome?: boolean;
  /** Told after every request whether the service answered at all (drives the offline banner). */
  readonly onReachability?: (isReachable: boolean, failure: AppFailure | null) => void;
  /** Told of failures IT must look into (the service broke or broke the contract), for the log. */
  readonly onFailure?: (report: ServiceFailureReport) => void;
}

/**
 * What IT needs to chase a service fault, and nothing a member could be identified by: the route, the
 * HTTP status, and for a contract break the paths and kinds of the fields that did not match (never
 * their values or messages, which may quote them, and never the request).
 */
export interface ServiceFailureReport {
  readonly route: string;
  readonly code: 'BACKEND_CONTRACT' | 'BACKEND_ERROR';
  readonly status?: number;
  readonly mismatches?: readonly string[];
}

/** A client of one service's route table. */
export interface ServiceClient<T extends RouteTable> {
  readonly baseUrl: string;
  /**
   * Calls a route with a request typed by its schemas and checked against them before it is sent.
   * Rejects with AppFailure, or with BackendRefusal for a business outcome the route declares.
   */
  call<N extends keyof T & string>(
    route: N,
    ...options: RouteHasNoRequiredParts<T[N]> extends true ? [RouteCallOptions<T[N]>?] : [RouteCallOptions<T[N]>]
  ): Promise<z.output<T[N]['response']>>;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

function isRetryable(error: unknown): boolean {
  if (isUnreachable(error) || isTimeout(error)) return true;
  return axios.isAxiosError(error) && RETRY_STATUSES.has(error.response?.status ?? 0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one attempt sends, already checked: the route's own schemas, so a bad request never leaves. */
interface Outgoing {
  readonly params?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  readonly settings: { readonly timeoutMs?: number; readonly token?: string; readonly maxRetries?: number; readonly idempotencyKey?: string };
}

/** Creates a client bound to one service's base URL and routes. */
export function createServiceClient<T extends RouteTable>(routes: T, options: ServiceClientOptions): ServiceClient<T> {
  const http: AxiosInstance = axios.create({
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    headers: { Accept: 'application/json' },
    // Errors are mapped by status below; never follow redirects off the configured service.
    maxRedirects: 0,
    proxy: false,
  });
  const baseDelay = options.retryBaseDelayMs ?? 200;
  const serviceName = options.serviceName ?? 'payer backend';

  async function send(def: ApiRoute, call: Outgoing, idempotencyKey: string | null): Promise<unknown> {
    const token = def.roles.length > 0 ? (call.settings.token ?? options.getToken()) : null;
    if (def.roles.length > 0 && !token) throw new AppFailure('NOT_SIGNED_IN', 'Sign in to Rep Console first.');
    const response = await http.request({
      method: def.method,
      url: buildApiPath(def.path, call.params),
      params: call.query,
      data: call.body,
      ...(call.settings.timeoutMs === undefined ? {} : { timeout: call.settings.timeoutMs }),
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
    });
    return response.data;
  }

  async function call(route: string, settings: Outgoing['settings'] & Record<string, unknown>): Promise<unknown> {
    const def = routes[route];
    if (!def) throw new Error(`${route} is not a route of the ${serviceName}.`);
    const outgoing: Outgoing = { ...checkRequest(def, settings), settings };
    // A write may be sent again only with the key of its rep action: the backend then answers the
    // first outcome instead of doing it twice. Other writes are never retried.
    const idempotencyKey = def.isIdempotent ? (settings.idempotencyKey ?? null) : isSafeToRetry(def) ? null : randomUUID();
    if (def.isIdempotent && !idempotencyKey) throw new Error(`${route} needs the rep action's idempotency key.`);
    const isRetryAllowed = isSafeToRetry(def) || def.isIdempotent === true;
    const attempts = isRetryAllowed ? (settings.maxRetries ?? options.maxRetries) + 1 : 1;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const data = await send(def, outgoing, idempotencyKey);
        options.onReachability?.(true, null);
        const parsed = def.response.safeParse(data);
        if (!parsed.success) {
          const mismatches = parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
          options.onFailure?.({ route, code: 'BACKEND_CONTRACT', mismatches });
          throw new AppFailure('BACKEND_CONTRACT', `The ${serviceName} sent data Rep Console doesn't understand. Tell IT: the ${serviceName} and console versions may not match.`);
        }
        return parsed.data;
      } catch (error) {
        if (attempt < attempts && isRetryable(error)) {
          await sleep(baseDelay * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
          continue;
        }
        const refusal = toRefusal(error, def, options.isEveryDeclaredErrorAnOutcome === true);
        if (refusal) {
          options.onReachability?.(true, null);
          throw refusal;
        }
        const failure = mapBackendError(error, options.baseUrl, serviceName);
        if (failure.code === 'BACKEND_ERROR') {
          const status = axios.isAxiosError(error) ? error.response?.status : undefined;
          options.onFailure?.({ route, code: 'BACKEND_ERROR', ...(status ? { status } : {}) });
        }
        const isNoAnswer = failure.code === 'BACKEND_UNREACHABLE' || failure.code === 'BACKEND_TIMEOUT';
        if (!(error instanceof AppFailure)) options.onReachability?.(!isNoAnswer, isNoAnswer ? failure : null);
        throw failure;
      }
    }
  }

  return {
    baseUrl: options.baseUrl,
    call: ((route: string, settings?: Record<string, unknown>) => call(route, settings ?? {})) as ServiceClient<T>['call'],
  };
}
