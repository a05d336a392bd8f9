/**
 * Logs refused connections without letting the refused fill the log.
 *
 * Threat: any local process can knock on the web host as fast as it likes. One full line per refusal let
 * ten thousand knocks rotate every earlier log file away, erasing the record of what happened. So each
 * interval logs a few refusals in full (fields cut short) and one summary line counting the rest.
 */
import type { Logger } from '../logging/create-logger';

export interface RefusalLog {
  /** Records one refusal; `fields` are cut to a short length before they reach the log. */
  refused(reason: string, fields?: Readonly<Record<string, string | number | null | undefined>>): void;
  /** Writes the pending summary now and stops the timer (the host is closing). */
  close(): void;
}

export interface RefusalLogOptions {
  /** Refusals logged in full per interval; default 10. */
  readonly linesPerInterval?: number;
  /** Default one minute. */
  readonly intervalMs?: number;
}

/** Longest text kept from a field a client chose (a path, an origin, an error message). */
export const REFUSAL_FIELD_MAX = 80;

function clip(value: string | number | null | undefined): string | number | null {
  if (typeof value !== 'string') return value ?? null;
  // Control characters (a forged newline, a terminal escape) must not reach a log line as they are.
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > REFUSAL_FIELD_MAX ? `${printable.slice(0, REFUSAL_FIELD_MAX)}…` : printable;
}

/** Creates the log for one host. */
export function createRefusalLog(logger: Logger, options: RefusalLogOptions = {}): RefusalLog {
  const limit = options.linesPerInterval ?? 10;
  const intervalMs = options.intervalMs ?? 60_000;
  let logged = 0;
  let suppressed = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function endInterval(): void {
    timer = null;
    logged = 0;
    if (suppressed.size === 0) return;
    const counts = Object.fromEntries(suppressed);
    const total = [...suppressed.values()].reduce((sum, n) => sum + n, 0);
    suppressed = new Map();
    logger.warn({ suppressed: counts, total, intervalMs }, 'web host refused more connections than it logs one by one');
  }

  return {
    refused(reason, fields = {}) {
      if (!timer) {
        timer = setTimeout(endInterval, intervalMs);
        timer.unref();
      }
      if (logged < limit) {
        logged += 1;
        const clipped = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, clip(value)]));
        logger.warn({ ...clipped, reason: clip(reason) }, 'web host refused a connection');
        return;
      }
      suppressed.set(reason, (suppressed.get(reason) ?? 0) + 1);
    },
    close() {
      if (timer) clearTimeout(timer);
      endInterval();
    },
  };
}
