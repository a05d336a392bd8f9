/** A refusal the sandbox answers with a status and an ApiError body; the message is for the rep who will read it. */
export class SandboxApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SandboxApiError';
  }
}
