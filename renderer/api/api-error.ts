/** A failed call to main, carrying its stable code and the sentence main wrote for the rep. */
import type { AppError, ErrorCode } from '../../shared/ipc/result';

const UNEXPECTED = 'Something went wrong talking to the Rep Console host. Try again.';

/** Lets callers catch one error type and show `message` as written. */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
  }

  /** Turns anything thrown (a bridge that broke, a bug) into an error whose message is fit to show. */
  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    return new ApiError({ code: 'INTERNAL', message: UNEXPECTED });
  }
}
