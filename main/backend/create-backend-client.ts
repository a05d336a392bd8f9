/**
 * The only HTTP code in the console: typed calls to the payer backend by route name.
 *
 * Every response is parsed with the route's shared schema, so a backend built to another version of the
 * contract fails loudly here instead of rendering wrong numbers. Only safe reads are retried (GETs and
 * POSTs the contract marks read-only, such as search): replaying a write could take a payment twice,
 * so writes carry an idempotency key instead.
 */
import { randomUUID } from 'node:crypto';
import axios, { type AxiosInstance } from 'axios';
import { apiRoutes, buildApiPath, isSafeToRetry, type ApiResponse, type ApiRoute, type ApiRouteName } from '../../shared/api/routes';
import { AppFailure } from '../../shared/ipc/result';
import type { CallOptions, HasNoRequiredParts } from './call-options';
import { checkRequest } from './check-request';
import { isTimeout, isUnreachable, mapBackendError, toRefusal } from './map-backend-error';

export interface BackendClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** Extra attempts for safe reads (GET, read-only POST) on network errors, timeouts, 429 and 502–504. */
  readonly maxRetries: number;
  /** First backoff delay; doubles each attempt, with jitter. */
  readonly retryBaseDelayMs?: number;
  readonly getToken: () => string | null;
  /** Told after every request whether the backend answered at all (drives the offline banner). */
  readonly onReachability?: (isReachable: boolean, failure: AppFailure | null) => void;
  /** Told of failures IT must look into (the backend broke or broke the contract), for the log. */
  readonly onFailure?: (report: BackendFailureReport) => void;
}

/**
 * What IT needs to chase a backend fault, and nothing a member could be identified by: the route, the
 * HTTP status, and for a contract break the paths and kinds of the fields that did not match (never
 * their values or messages, which may quote them).
 */
export interface BackendFailureReport {
  readonly route: ApiRouteName;
  readonly code: 'BACKEND_CONTRACT' | 'BACKEND_ERROR';
  readonly status?: number;
  readonly mismatches?: readonly string[];
}

export interface BackendClient {
  readonly baseUrl: string;
  /**
   * Calls a route with a request typed by its schemas and checked against them before it is sent.
   * Rejects with AppFailure, or with BackendRefusal for a business outcome the route declares.
   */
  call<N extends ApiRouteName>(route: N, ...options: HasNoRequiredParts<N> extends true ? [CallOptions<N>?] : [CallOptions<N>]): Promise<ApiResponse<N>>;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

function isRetryable(error: unknown): boolean {
  if (isUnreachable(error) || isTimeout(error)) return true;
  return axios.isAxiosError(error) && RETRY_STATUSES.has(error.response?.status ?? 0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates a client bound to one backend base URL. */
export function createBackendClient(options: BackendClientOptions): BackendClient {
  const http: AxiosInstance = axios.create({
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    headers: { Accept: 'application/json' },
    // Errors are mapped by status below; never follow redirects off the configured backend.
    maxRedirects: 0,
    proxy: false,
  });
  const baseDelay = options.retryBaseDelayMs ?? 200;

  /** What one attempt sends, already checked: the route's own schemas, so a bad request never leaves. */
  interface Outgoing {
    readonly params?: Record<string, string>;
    readonly query?: Record<string, string>;
    readonly body?: unknown;
    readonly settings: { readonly timeoutMs?: number; readonly token?: string };
  }

  async function send(route: ApiRouteName, call: Outgoing, idempotencyKey: string | null): Promise<unknown> {
    const def: ApiRoute = apiRoutes[route];
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

  return {
    baseUrl: options.baseUrl,
    async call(route, ...rest) {
      const call = (rest[0] ?? {}) as CallOptions<typeof route> & { idempotencyKey?: string };
      const def: ApiRoute = apiRoutes[route];
      const outgoing = { ...checkRequest(def, call as Record<string, unknown>), settings: call };
      // A write may be sent again only with the key of its rep action: the backend then answers the
      // first outcome instead of doing it twice. Other writes are never retried.
      const idempotencyKey = def.isIdempotent ? (call.idempotencyKey ?? null) : isSafeToRetry(def) ? null : randomUUID();
      if (def.isIdempotent && !idempotencyKey) throw new Error(`${route} needs the rep action's idempotency key.`);
      const isRetryAllowed = isSafeToRetry(def) || def.isIdempotent === true;
      const attempts = isRetryAllowed ? (call.maxRetries ?? options.maxRetries) + 1 : 1;
      for (let attempt = 1; ; attempt += 1) {
        try {
          const data = await send(route, outgoing, idempotencyKey);
          options.onReachability?.(true, null);
          const parsed = def.response.safeParse(data);
          if (!parsed.success) {
            const mismatches = parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
            options.onFailure?.({ route, code: 'BACKEND_CONTRACT', mismatches });
            throw new AppFailure('BACKEND_CONTRACT', "The payer backend sent data Rep Console doesn't understand. Tell IT: the backend and console versions may not match.");
          }
          return parsed.data as ApiResponse<typeof route>;
        } catch (error) {
          if (attempt < attempts && isRetryable(error)) {
            await sleep(baseDelay * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
            continue;
          }
          const refusal = toRefusal(error, def);
          if (refusal) {
            options.onReachability?.(true, null);
            throw refusal;
          }
          const failure = mapBackendError(error, options.baseUrl);
          if (failure.code === 'BACKEND_ERROR') {
            const status = axios.isAxiosError(error) ? error.response?.status : undefined;
            options.onFailure?.({ route, code: 'BACKEND_ERROR', ...(status ? { status } : {}) });
          }
          const isNoAnswer = failure.code === 'BACKEND_UNREACHABLE' || failure.code === 'BACKEND_TIMEOUT';
          if (!(error instanceof AppFailure)) options.onReachability?.(!isNoAnswer, isNoAnswer ? failure : null);
          throw failure;
        }
      }
    },
  };
}
