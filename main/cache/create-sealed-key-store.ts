/**
 * The key store for the Electron host: the key is sealed by the OS keychain (safeStorage), so a copy
 * of the profile folder alone cannot decrypt the cache.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CACHE_KEY_BYTES, type CacheKeyStore } from './key-store';
import { writeKeyFile } from './write-key-file';

/** Where the sealed key goes, and the keychain operations, injected so this file never imports electron. */
export interface SealedKeyStoreOptions {
  /** Where the sealed key is written; the plain key never touches the disk. */
  readonly filePath: string;
  /** e.g. `(key) => safeStorage.encryptString(key.toString('base64'))`. Throws if sealing is unavailable. */
  readonly seal: (plain: Buffer) => Buffer;
  /** e.g. `(sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64')`. */
  readonly unseal: (sealed: Buffer) => Buffer;
  readonly onWarning?: (message: string) => void;
  /**
   * What to do with a key that no longer unseals: `replace` suits the cache (a copy of backend data);
   * `refuse` suits the durable store, whose rows would become unreadable for good under a new key.
   */
  readonly onUnreadable?: 'replace' | 'refuse';
}

function readIfPresent(filePath: string): Buffer | null {
  try {
    return readFileSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Loads the sealed key, or makes and seals a new one.
 *
 * A key that no longer unseals (keychain reset, profile copied to another machine or account) is
 * replaced with a warning: the cache is only a copy of backend data, so losing it costs refetches,
 * while refusing to start would cost the rep their console.
 */
export function createSealedKeyStore(options: SealedKeyStoreOptions): CacheKeyStore {
  const { filePath, seal, unseal } = options;

  function tryUnseal(sealed: Buffer): Buffer | null {
    try {
      const key = unseal(sealed);
      return key.length === CACHE_KEY_BYTES ? key : null;
    } catch {
      return null;
    }
  }

  function loadOrCreateKey(): Buffer {
    const sealed = readIfPresent(filePath);
    if (sealed) {
      const key = tryUnseal(sealed);
      if (key) return key;
      if (options.onUnreadable === 'refuse') {
        throw new Error(`the OS keychain could not unlock its key (${filePath}); nothing was replaced`);
      }
      const fresh = randomBytes(CACHE_KEY_BYTES);
      writeKeyFile(filePath, seal(fresh), 'replace');
      options.onWarning?.('The OS keychain could not unlock the member cache key (was the keychain reset?). A new key was made; recent lookups will be fetched again.');
      return fresh;
    }
    const fresh = randomBytes(CACHE_KEY_BYTES);
    // Losing the creation race to another process means its key is on disk: load that one instead.
    return writeKeyFile(filePath, seal(fresh), 'create') ? fresh : loadOrCreateKey();
  }

  return { loadOrCreateKey };
}
