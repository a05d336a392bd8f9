/** Writes key material so no other OS user can read it and no reader ever sees a half-written file. */
import { randomBytes } from 'node:crypto';
import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateDir } from '../files/ensure-private-dir';

/**
 * Writes `bytes` to `filePath` (0600, in a folder created 0700); returns false when `mode` is
 * 'create' and another process created the file first, in which case its key is the one to use.
 *
 * The bytes go to a private temporary file first and are then linked (create) or renamed (replace)
 * into place, both atomic, so a crash never leaves a truncated key behind. `wx` refuses to follow a
 * planted symlink. An existing folder's mode is left alone: it may be a shared one we do not own.
 */
export function writeKeyFile(filePath: string, bytes: Buffer, mode: 'create' | 'replace'): boolean {
  ensurePrivateDir(dirname(filePath));
  const temporary = `${filePath}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, bytes, { mode: 0o600, flag: 'wx' });
  try {
    if (mode === 'replace') {
      renameSync(temporary, filePath);
      return true;
    }
    try {
      linkSync(temporary, filePath);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  } finally {
    rmSync(temporary, { force: true });
  }
}
