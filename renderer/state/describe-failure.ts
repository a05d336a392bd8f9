/** Turns a failed call into the rep-facing sentence, and ends the session when main says it has ended. */
import { ApiError } from '../api/api-error';
import type { SliceTools } from './console-state';

/** Returns the message to show for a failed call. */
export function describeFailure(error: unknown, tools: Pick<SliceTools, 'get'>): string {
  const failure = ApiError.from(error);
  if (failure.code === 'NOT_SIGNED_IN') tools.get().endSession(failure.message);
  return failure.message;
}
