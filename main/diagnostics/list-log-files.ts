/**
 * The console's log files for the archive, newest last, within a size budget: the rotation keeps at
 * most seven files of 10 MB, and when even that is too much the oldest are left out, not the newest.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_FILE_PREFIX } from '../logging/create-logger';

/** One log file found in the folder. */
export interface LogFile {
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
}

/** What went in and what was left out for size. */
export interface LogFileSelection {
  readonly included: readonly LogFile[];
  readonly leftOut: readonly LogFile[];
}

/** Default budget for log text in one archive. */
export const LOG_BUDGET_BYTES = 80 * 1024 * 1024;

/** Lists `rep-console.*.log` in `directory`, oldest first, keeping the newest that fit in `budgetBytes`. */
export function listLogFiles(directory: string | null, budgetBytes = LOG_BUDGET_BYTES): LogFileSelection {
  if (!directory || !existsSync(directory)) return { included: [], leftOut: [] };
  const files = readdirSync(directory)
    .filter((name) => name.startsWith(`${LOG_FILE_PREFIX}.`) && name.endsWith('.log'))
    .map((name) => {
      const stats = statSync(join(directory, name));
      return { name, path: join(directory, name), bytes: stats.size, mtimeMs: stats.mtimeMs };
    })
    .sort((a, b) => a.mtimeMs - b.mtimeMs || a.name.localeCompare(b.name, 'en', { numeric: true }));
  const included: LogFile[] = [];
  const leftOut: LogFile[] = [];
  let used = 0;
  for (const { mtimeMs: _mtime, ...file } of files.reverse()) {
    if (used + file.bytes <= budgetBytes) {
      included.unshift(file);
      used += file.bytes;
    } else leftOut.unshift(file);
  }
  return { included, leftOut };
}

/** The last `limit` warn-or-worse lines of the files, for an export made while no console runs. */
export function readLastErrorsFromFiles(files: readonly LogFile[], limit = 50): string[] {
  const found: string[] = [];
  for (let index = files.length - 1; index >= 0 && found.length < limit; index -= 1) {
    const lines = readFileSync(files[index]!.path, 'utf8').split('\n');
    for (let line = lines.length - 1; line >= 0 && found.length < limit; line -= 1) {
      const level = /^\{"level":(\d+)/.exec(lines[line]!);
      if (level && Number(level[1]) >= 40) found.unshift(lines[line]!);
    }
  }
  return found;
}
