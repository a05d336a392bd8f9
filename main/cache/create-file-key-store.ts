/**
 * The key store for plain Node (web host, tests, CI) where no OS keychain is reachable: the key sits in
 * a file only this OS account can read, which protects it from other users, not from this one.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ensurePrivateFile } from '../files/ensure-private-file';
import { CACHE_KEY_BYTES, type CacheKeyStore } from './key-store';
import { writeKeyFile } from './write-key-file';

/** Where the key file goes and who is told that it is less protected than a keychain. */
export interface FileKeyStoreOptions {
  readonly filePath: string;
  readonly onWarning?: (message: string) => void;
}

function readKeyFile(filePath: string): Buffer | null {
  try {
    return readFileSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Keeps the cache key in a 0600 file; warns once per store that the OS keychain is not guarding it. */
export function createFileKeyStore(options: FileKeyStoreOptions): CacheKeyStore {
  const { filePath } = options;
  const warn = options.onWarning ?? (() => undefined);
  let hasWarned = false;

  function checkLength(key: Buffer): Buffer {
    if (key.length === CACHE_KEY_BYTES) return key;
    // Never silently replace it: the file may be a misplaced or truncated copy of the real key.
    throw new Error(
      `The member cache key file ${filePath} holds ${key.length} bytes, not ${CACHE_KEY_BYTES}. ` +
        'Restore the right file, or delete it to start an empty cache with a new key.',
    );
  }

  function tightenPermissions(): void {
    if (ensurePrivateFile(filePath) !== 'tightened') return;
    warn(`The member cache key file ${filePath} was readable by other users; it is now private to this account.`);
  }

  return {
    loadOrCreateKey() {
      if (!hasWarned) {
        hasWarned = true;
        warn(`The member cache key is kept in the file ${filePath}, not in the OS keychain: anyone who can read this account's files can decrypt the cache.`);
      }
      const existing = readKeyFile(filePath);
      if (existing) {
        tightenPermissions();
        return checkLength(existing);
      }
      const key = randomBytes(CACHE_KEY_BYTES);
      return writeKeyFile(filePath, key, 'create') ? key : checkLength(readFileSync(filePath));
    },
  };
}
