/** The Electron cache key store: the cache key sealed by the OS keychain (safeStorage). */
import { safeStorage } from 'electron';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createSealedKeyStore } from '../cache/create-sealed-key-store';
import type { CacheKeyStore } from '../cache/key-store';

/**
 * Keeps only the sealed key on disk; the OS (DPAPI, Keychain, libsecret) holds what unseals it.
 *
 * On Linux without a keyring, safeStorage falls back to a hard-coded password ('basic_text'), which
 * protects nothing: then the 0600 key file is used instead, and the log says so.
 */
export function createSafeStorageKeyStore(filePath: string, onWarning: (message: string) => void, onUnreadable: 'replace' | 'refuse' = 'replace'): CacheKeyStore {
  const isWeak =
    !safeStorage.isEncryptionAvailable() ||
    (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
  if (isWeak) {
    onWarning('The OS keychain is not available; the cache key is kept in a file readable only by this user.');
    return createFileKeyStore({ filePath: `${filePath}.plain`, onWarning });
  }
  return createSealedKeyStore({
    filePath,
    seal: (plain) => safeStorage.encryptString(plain.toString('base64')),
    unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
    onWarning,
    onUnreadable,
  });
}
