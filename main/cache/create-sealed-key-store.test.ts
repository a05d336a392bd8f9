import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSealedKeyStore } from './create-sealed-key-store';
import { buildMemberProfile } from './test-fixtures/build-member-profile';
import { openTestCache } from './test-fixtures/open-test-cache';
import { useTempDir } from './test-fixtures/use-temp-dir';

const tempDir = useTempDir();

/** Stands in for safeStorage: sealing only works with this keychain's secret, like the OS keychain. */
function fakeKeychain() {
  const secret = randomBytes(32);
  return {
    seal(plain: Buffer): Buffer {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    },
    unseal(sealed: Buffer): Buffer {
      const decipher = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(sealed.length - 16));
      return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
    },
  };
}

describe('createSealedKeyStore', () => {
  it('stores only the sealed key and unseals the same key on the next start', () => {
    const keychain = fakeKeychain();
    const filePath = join(tempDir(), 'cache.key.sealed');
    const key = createSealedKeyStore({ filePath, ...keychain }).loadOrCreateKey();

    expect(key).toHaveLength(32);
    expect(readFileSync(filePath).includes(key)).toBe(false);
    if (process.platform !== 'win32') expect(statSync(filePath).mode & 0o777).toBe(0o600);
    expect(createSealedKeyStore({ filePath, ...keychain }).loadOrCreateKey()).toEqual(key);
    expect(readdirSync(tempDir())).toEqual(['cache.key.sealed']);
  });

  it('makes a new key with a warning when the keychain was reset, and the old entries become misses', () => {
    const filePath = join(tempDir(), 'cache.key.sealed');
    const before = openTestCache(tempDir(), { key: createSealedKeyStore({ filePath, ...fakeKeychain() }).loadOrCreateKey() });
    before.cache.put('rep.amoreno', buildMemberProfile(), new Date(before.clock.ms));
    before.db.close();

    const resetKeychain = fakeKeychain();
    const onWarning = vi.fn<(message: string) => void>();
    const newKey = createSealedKeyStore({ filePath, ...resetKeychain, onWarning }).loadOrCreateKey();
    expect(newKey).not.toEqual(before.key);
    expect(onWarning).toHaveBeenCalledWith(expect.stringMatching(/keychain could not unlock/));
    expect(createSealedKeyStore({ filePath, ...resetKeychain }).loadOrCreateKey()).toEqual(newKey);

    const after = openTestCache(tempDir(), { key: newKey });
    expect(after.cache.get('rep.amoreno', 'NSH400012345')).toBeNull();
    expect(after.cache.listRecent('rep.amoreno')).toEqual([]);
    after.db.close();
  });

  it('never replaces a key it cannot unseal when told to refuse (the durable store), and leaves the file as it was', () => {
    const filePath = join(tempDir(), 'store.key.sealed');
    createSealedKeyStore({ filePath, ...fakeKeychain() }).loadOrCreateKey();
    const sealedBefore = readFileSync(filePath);
    expect(() => createSealedKeyStore({ filePath, ...fakeKeychain(), onUnreadable: 'refuse' }).loadOrCreateKey()).toThrow('nothing was replaced');
    expect(readFileSync(filePath)).toEqual(sealedBefore);
  });

  it('lets the host see that sealing is unavailable rather than writing the key in clear', () => {
    const filePath = join(tempDir(), 'cache.key.sealed');
    const seal = () => {
      throw new Error('Encryption is not available.');
    };
    expect(() => createSealedKeyStore({ filePath, seal, unseal: (sealed) => sealed }).loadOrCreateKey()).toThrow(/not available/);
    expect(readdirSync(tempDir())).toEqual([]);
  });
});
