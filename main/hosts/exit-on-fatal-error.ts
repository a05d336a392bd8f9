/**
 * The last word of a Node host process: an error nothing caught is logged (so support can see why the
 * console stopped), what the process started is stopped, and the process exits non-zero.
 *
 * For the command-line entry points only (the web host, the dev launcher): a library must never
 * install process-wide handlers.
 */
import type { Logger } from '../logging/create-logger';

/** Longest the clean-up may take before the process exits anyway. */
const CLEANUP_LIMIT_MS = 5_000;

/** Installs the handlers; `cleanup` stops children and servers (it must not throw for a half-started process). */
export function exitOnFatalError(logger: Logger, cleanup: () => Promise<void>): void {
  let isExiting = false;
  const die = (error: unknown) => {
    if (isExiting) return;
    isExiting = true;
    logger.fatal({ err: error }, 'Rep Console stopped on an unexpected error');
    logger.flush();
    process.stderr.write(`rep-console: stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    setTimeout(() => process.exit(1), CLEANUP_LIMIT_MS).unref();
    cleanup()
      .catch(() => undefined)
      .finally(() => process.exit(1));
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
}
