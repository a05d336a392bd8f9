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
import { isTimeout, isUnreachable, mapBackendError } from './map-backend-error';

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

export interface CallOptions {
  readonly params?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  /** This call's own limit (the background health probe must not wait as long as a rep's search). */
  readonly timeoutMs?: number;
  /** This call's own retry budget, for safe reads. */
  readonly maxRetries?: number;
  /** Sign the call with this token instead of the session's (revoking a token main just forgot). */
  readonly token?: string;
}

export interface BackendClient {
  readonly baseUrl: string;
  call<N extends ApiRouteName>(route: N, options?: CallOptions): Promise<ApiResponse<N>>;
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

  async function send(route: ApiRouteName, call: CallOptions, idempotencyKey: string | null): Promise<unknown> {
    const def = apiRoutes[route];
    const token = def.roles.length > 0 ? (call.token ?? options.getToken()) : null;
    if (def.roles.length > 0 && !token) throw new AppFailure('NOT_SIGNED_IN', 'Sign in to Rep Console first.');
    const response = await http.request({
      method: def.method,
      url: buildApiPath(def.path, call.params),
      params: call.query,
      data: call.body,
      ...(call.timeoutMs === undefined ? {} : { timeout: call.timeoutMs }),
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
    });
    return response.data;
  }

  return {
    baseUrl: options.baseUrl,
    async call(route, call = {}) {
      const def: ApiRoute = apiRoutes[route];
      const isSafe = isSafeToRetry(def);
      const attempts = isSafe ? (call.maxRetries ?? options.maxRetries) + 1 : 1;
      const idempotencyKey = isSafe ? null : randomUUID();
      for (let attempt = 1; ; attempt += 1) {
        try {
          const data = await send(route, call, idempotencyKey);
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
