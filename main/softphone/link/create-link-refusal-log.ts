/**
 * Logs what the link refused (a browser origin, a wrong code, a malformed message) without letting a
 * local process that knocks thousands of times rotate the earlier log away: a few lines in full per
 * interval, then one line counting the rest by reason. Fields are clipped and made printable.
 */
import type { Logger } from '../../logging/create-logger';

/** Records refusals within a budget. */
export interface LinkRefusalLog {
  refused(reason: string, fields?: Readonly<Record<string, string | number | null | undefined>>): void;
  close(): void;
}

const FIELD_MAX = 160;

const clip = (value: string | number | null | undefined): string | number | null => {
  if (typeof value !== 'string') return value ?? null;
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > FIELD_MAX ? `${printable.slice(0, FIELD_MAX)}…` : printable;
};

/** Creates the budgeted log; default 10 full lines a minute. */
export function createLinkRefusalLog(logger: Logger, options: { linesPerInterval?: number; intervalMs?: number } = {}): LinkRefusalLog {
  const limit = options.linesPerInterval ?? 10;
  const intervalMs = options.intervalMs ?? 60_000;
  let logged = 0;
  let suppressed = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const endInterval = () => {
    timer = null;
    logged = 0;
    if (suppressed.size === 0) return;
    const total = [...suppressed.values()].reduce((sum, n) => sum + n, 0);
    logger.warn({ suppressed: Object.fromEntries(suppressed), total, intervalMs }, 'softphone link refused more than it logs one by one');
    suppressed = new Map();
  };

  return {
    refused(reason, fields = {}) {
      if (!timer) {
        timer = setTimeout(endInterval, intervalMs);
        timer.unref();
      }
      if (logged >= limit) {
        suppressed.set(reason, (suppressed.get(reason) ?? 0) + 1);
        return;
      }
      logged += 1;
      const clipped = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, clip(value)]));
      logger.warn({ ...clipped, reason: clip(reason) }, 'softphone link refused');
    },
    close() {
      if (timer) clearTimeout(timer);
      endInterval();
    },
  };
}
