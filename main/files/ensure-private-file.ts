/**
 * Keeps a file the console writes readable by this OS account only (0600), whatever the umask, and
 * tightens files an older release left world-readable.
 */
import { chmodSync, closeSync, constants, fchmodSync, lstatSync, openSync } from 'node:fs';

/** What ensurePrivateFile found or did, so a caller can warn about a file others could read. */
export type PrivateFileOutcome = 'created' | 'tightened' | 'unchanged' | 'absent' | 'not-a-file';

/** Whether a missing file is created (empty, 0600) or left missing. */
export interface EnsurePrivateFileOptions {
  readonly create?: boolean;
}

const isPosix = process.platform !== 'win32';

function createEmpty(filePath: string): boolean {
  // O_EXCL: never truncate a file another process made meanwhile; O_NOFOLLOW: never follow a planted link.
  const flags = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0);
  let fd: number;
  try {
    fd = openSync(filePath, flags, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    // The umask may have removed the owner's own bits; set the mode exactly.
    if (isPosix) fchmodSync(fd, 0o600);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Makes `filePath` 0600: creates it empty when asked, or removes group and other bits from an
 * existing regular file. Links and folders are left alone (and reported), never followed.
 */
export function ensurePrivateFile(filePath: string, options: EnsurePrivateFileOptions = {}): PrivateFileOutcome {
  if (options.create === true && createEmpty(filePath)) return 'created';
  let mode: number;
  try {
    const stat = lstatSync(filePath);
    if (!stat.isFile()) return 'not-a-file';
    mode = stat.mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  if (!isPosix || (mode & 0o077) === 0) return 'unchanged';
  chmodSync(filePath, 0o600);
  return 'tightened';
}
