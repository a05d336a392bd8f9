/**
 * At most a few warnings a minute from a backend event stream: a backend sending garbage in a loop must not
 * fill the log files. What is left out is counted in the next warning that gets through.
 */
import type { Logger } from '../logging/create-logger';

/** Logs `message` with `fields` (never an event's contents) unless this minute's budget is spent. */
export type WarningLimit = (message: string, fields: Record<string, unknown>) => void;

/** Ten warnings per minute. */
export function createWarningLimit(logger: Logger, now: () => number, perMinute = 10): WarningLimit {
  let windowStart = -Infinity;
  let used = 0;
  let skipped = 0;
  return (message, fields) => {
    const at = now();
    if (at - windowStart >= 60_000) {
      windowStart = at;
      used = 0;
    }
    if (used >= perMinute) {
      skipped += 1;
      return;
    }
    used += 1;
    logger.warn({ ...fields, ...(skipped > 0 ? { skippedBefore: skipped } : {}) }, message);
    skipped = 0;
  };
}
