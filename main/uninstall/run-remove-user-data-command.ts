/**
 * `rep-console --remove-user-data`: the same clean-up the uninstallers do, for this OS user only, for
 * IT where no uninstaller hook runs (the MSI, a moved XDG_CONFIG_HOME, a redirected profile). It
 * refuses while the console runs: its open cache and store would outlive the deletion.
 */
import { removeUserData, type RemoveUserDataOptions } from './remove-user-data';

/** The command-line flag (main/index.ts runs it instead of the console). */
export const REMOVE_USER_DATA_FLAG = '--remove-user-data';

export interface RemoveUserDataCommandOptions extends RemoveUserDataOptions {
  /** False when another Rep Console is running for this user (Electron's single-instance lock). */
  readonly isOnlyInstance: boolean;
  readonly write: (line: string) => void;
}

/** Runs the removal and returns the exit code: 0 done, 1 something was left alone, 2 the console is running. */
export function runRemoveUserDataCommand(options: RemoveUserDataCommandOptions): number {
  if (!options.isOnlyInstance) {
    options.write('Rep Console is running: quit it first, then run --remove-user-data again. Nothing was removed.');
    return 2;
  }
  const report = removeUserData(options);
  for (const path of report.removed) options.write(`removed ${path}`);
  for (const { path, reason } of report.skipped) options.write(`left alone ${path}: ${reason}`);
  options.write(`Rep Console user data: ${report.removed.length} file(s) removed${report.skipped.length > 0 ? `, ${report.skipped.length} left alone` : ''}.`);
  return report.skipped.length > 0 ? 1 : 0;
}
