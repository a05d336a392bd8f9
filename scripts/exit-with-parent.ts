/** The other half of spawn-listening-process.ts: a launched server's lifeline to its launcher. */

/**
 * Exits when the process that started this one goes away, however it went (even SIGKILL): a launcher
 * gives its child a stdin pipe, and the OS closes that pipe when the launcher dies.
 */
export function exitWithParent(stop: () => Promise<void>): void {
  if (process.env.REPCONSOLE_EXIT_WITH_PARENT !== '1') return;
  process.stdin.on('end', () => void stop().finally(() => process.exit(0)));
  process.stdin.on('error', () => undefined);
  process.stdin.resume();
}
