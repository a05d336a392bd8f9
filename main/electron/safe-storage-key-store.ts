/** The Electron cache key store: the cache key sealed by the OS keychain (safeStorage). */
import { safeStorage } from 'electron';
import { createSealedKeyStore } from '../cache/create-sealed-key-store';
import type { CacheKeyStore } from '../cache/key-store';

/** Keeps only the sealed key on disk; the OS (DPAPI, Keychain, libsecret) holds what unseals it. */
export function createSafeStorageKeyStore(filePath: string, onWarning: (message: string) => void): CacheKeyStore {
  return createSealedKeyStore({
    filePath,
    seal: (plain) => safeStorage.encryptString(plain.toString('base64')),
    unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
    onWarning,
  });
}
