import type { ApiError } from '../../shared/api/routes';

/** A refusal the sandbox answers with a status and an ApiError body; the message is for the rep who will read it. */
export class SandboxApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Response headers that belong to the refusal, e.g. Retry-After on 429. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'SandboxApiError';
  }

  /** The contract's error body, the only thing a non-2xx answer ever carries. */
  toBody(): ApiError {
    return { error: { code: this.code, message: this.message } };
  }
}
