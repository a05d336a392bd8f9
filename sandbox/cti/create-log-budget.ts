/**
 * A budget for log lines about refused input: a phone system that sends garbage in a loop must not
 * flood the sandbox's console (or a real backend's disk). Up to `perWindow` lines per window; what is
 * left out is counted and reported in one line when the next window opens.
 */

/** Logs a reason unless the window's budget is spent. */
export interface LogBudget {
  log(reason: string): void;
}

/** Where lines go, how many per window, and the clock (tests move it). */
export interface LogBudgetOptions {
  readonly write: (line: string) => void;
  readonly perWindow?: number;
  readonly windowMs?: number;
  readonly now?: () => Date;
}

/** Creates a budget; the default is 20 lines a minute. */
export function createLogBudget(options: LogBudgetOptions): LogBudget {
  const perWindow = options.perWindow ?? 20;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? (() => new Date());
  let windowStart = -Infinity;
  let used = 0;
  let skipped = 0;
  return {
    log(reason) {
      const at = now().getTime();
      if (at - windowStart >= windowMs) {
        if (skipped > 0) options.write(`${skipped} more like it were not logged in the last ${Math.round(windowMs / 1000)} s.`);
        windowStart = at;
        used = 0;
        skipped = 0;
      }
      if (used >= perWindow) {
        skipped += 1;
        return;
      }
      used += 1;
      options.write(reason);
    },
  };
}
