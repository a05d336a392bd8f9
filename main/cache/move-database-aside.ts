/** Moves an unusable cache file out of the way, keeping it for diagnosis instead of deleting it. */
import { existsSync, renameSync } from 'node:fs';

/**
 * Renames `<file>`, `-wal` and `-shm` to `<file>.<label>-<timestamp>…` and returns the new base path.
 *
 * The WAL goes first: SQLite does not check that a WAL belongs to the file beside it, so a stale WAL
 * left next to the fresh database would be replayed into it.
 */
export function moveDatabaseAside(filePath: string, label: string, now: Date = new Date()): string {
  // Colons are not allowed in Windows file names.
  const target = `${filePath}.${label}-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(filePath + suffix)) renameSync(filePath + suffix, target + suffix);
  }
  return target;
}
