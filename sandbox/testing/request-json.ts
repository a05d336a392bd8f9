/** A tiny fetch wrapper for sandbox tests: one call, status, parsed JSON body and headers, no retries. */

/** What a test looks at: status, parsed body, the body as sent (for byte-for-byte comparisons), headers. */
export interface JsonResponse {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
  readonly headers: Headers;
}

/** How a test request is sent: method, token, JSON or raw body, query. */
export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly token?: string;
  readonly json?: unknown;
  /** Sent as-is, for malformed-body tests. */
  readonly rawBody?: string;
  readonly query?: Record<string, string>;
  /** Extra request headers, e.g. Idempotency-Key. */
  readonly headers?: Record<string, string>;
}

/** Calls `baseUrl + path` and parses the JSON answer. */
export async function requestJson(baseUrl: string, path: string, options: RequestOptions = {}): Promise<JsonResponse> {
  const url = new URL(path, baseUrl);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const hasBody = options.json !== undefined || options.rawBody !== undefined;
  const response = await fetch(url, {
    method: options.method ?? (hasBody ? 'POST' : 'GET'),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(hasBody ? { body: options.rawBody ?? JSON.stringify(options.json) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown), text, headers: response.headers };
}
