/**
 * Moves an unusable cache file out of the way, keeping it for diagnosis instead of deleting it, and
 * deletes such files once everything in them has outlived the cache's time-to-live.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ensurePrivateFile } from '../files/ensure-private-file';

export type AsideLabel = 'corrupt' | 'newer';

/**
 * Renames `<file>`, `-wal` and `-shm` to `<file>.<label>-<timestamp>…` and returns the new base path.
 *
 * The WAL goes first: SQLite does not check that a WAL belongs to the file beside it, so a stale WAL
 * left next to the fresh database would be replayed into it. The copies hold encrypted PHI, so they
 * are made 0600 even if an older release left the originals readable by others.
 */
export function moveDatabaseAside(filePath: string, label: AsideLabel, now: Date = new Date()): string {
  // Colons are not allowed in Windows file names.
  const target = `${filePath}.${label}-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['-wal', '-shm', '']) {
    if (!existsSync(filePath + suffix)) continue;
    renameSync(filePath + suffix, target + suffix);
    ensurePrivateFile(target + suffix);
  }
  return target;
}

/**
 * Deletes moved-aside copies of `filePath` last written more than `maxAgeMs` ago: every entry in one was
 * fetched before its last write, so by then all of it is past its time-to-live. Returns the names deleted.
 */
export function deleteExpiredAsideFiles(filePath: string, maxAgeMs: number, now: Date = new Date()): string[] {
  const folder = dirname(filePath);
  const prefixes = (['corrupt', 'newer'] satisfies AsideLabel[]).map((label) => `${basename(filePath)}.${label}-`);
  const deleted: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return deleted; // No folder (an in-memory cache this run) or no right to list it: nothing to do.
  }
  for (const name of names) {
    if (!prefixes.some((prefix) => name.startsWith(prefix))) continue;
    const path = join(folder, name);
    try {
      if (now.getTime() - statSync(path).mtimeMs > maxAgeMs) {
        rmSync(path, { force: true });
        deleted.push(name);
      }
    } catch {
      // Gone already, or locked by another process: the next start tries again.
    }
  }
  return deleted;
}
