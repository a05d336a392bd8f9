/** Where the cache's master key lives: the OS keychain under Electron, a private file in plain Node. */

/** AES-256 and HKDF-SHA256 both take 32 bytes of key material. */
export const CACHE_KEY_BYTES = 32;

/** Lets the cache get its key without knowing whether Electron's safeStorage or a file keeps it. */
export interface CacheKeyStore {
  /** Returns the 32-byte master key, creating and persisting one on first use. */
  loadOrCreateKey(): Buffer;
}
