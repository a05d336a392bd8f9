/**
 * Creates the console's folders so only this OS account can list or enter them: the cache and log
 * folders hold PHI-adjacent files, and a folder readable by others shows at least what is in it.
 */
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** What ensurePrivateDir may also do to a folder that already exists. */
export interface EnsurePrivateDirOptions {
  /**
   * Also make an existing `dir` 0700. Only for a folder the console alone owns (its log folder): an
   * older release may have made it 0755. Parents that already exist are never touched, and without
   * this option neither is `dir`: a caller may hand us a shared folder we do not own.
   */
  readonly tightenExisting?: boolean;
}

const isPosix = process.platform !== 'win32';

/**
 * Makes `dir` and any missing parents, each created folder 0700.
 *
 * mkdir's mode is filtered by the process umask (process-global, so never changed here): a created
 * folder is chmodded to exactly 0700 in case the umask took away the owner's own bits.
 */
export function ensurePrivateDir(dir: string, options: EnsurePrivateDirOptions = {}): void {
  const firstCreated = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!isPosix) return;
  if (firstCreated !== undefined) {
    let folder = resolve(firstCreated);
    chmodSync(folder, 0o700);
    for (const segment of relative(folder, resolve(dir)).split(sep).filter(Boolean)) {
      folder = join(folder, segment);
      chmodSync(folder, 0o700);
    }
  } else if (options.tightenExisting === true && (statSync(dir).mode & 0o077) !== 0) {
    try {
      chmodSync(dir, 0o700);
    } catch (error) {
      // Not ours after all (EPERM): its files are still 0600, and logging must not stop the console.
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
    }
  }
}
