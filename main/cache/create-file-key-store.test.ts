import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileKeyStore } from './create-file-key-store';
import { useTempDir } from './test-fixtures/use-temp-dir';

const tempDir = useTempDir();
const isPosix = process.platform !== 'win32';
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('createFileKeyStore', () => {
  it('creates a 32-byte key once and returns the same key afterwards, also to a new store', () => {
    const filePath = join(tempDir(), 'keys', 'cache.key');
    const key = createFileKeyStore({ filePath }).loadOrCreateKey();

    expect(key).toHaveLength(32);
    expect(readFileSync(filePath)).toEqual(key);
    expect(createFileKeyStore({ filePath }).loadOrCreateKey()).toEqual(key);
  });

  it.runIf(isPosix)('keeps the key file private to this OS account (file 0600, new folder 0700)', () => {
    const filePath = join(tempDir(), 'keys', 'cache.key');
    createFileKeyStore({ filePath }).loadOrCreateKey();
    expect(modeOf(filePath)).toBe(0o600);
    expect(modeOf(join(tempDir(), 'keys'))).toBe(0o700);
  });

  it.runIf(isPosix)('makes a key file that others could read private again, and says so', () => {
    const filePath = join(tempDir(), 'cache.key');
    const key = createFileKeyStore({ filePath }).loadOrCreateKey();
    chmodSync(filePath, 0o644);
    const onWarning = vi.fn<(message: string) => void>();

    expect(createFileKeyStore({ filePath, onWarning }).loadOrCreateKey()).toEqual(key);
    expect(modeOf(filePath)).toBe(0o600);
    expect(onWarning).toHaveBeenCalledWith(expect.stringMatching(/readable by other users/));
  });

  it('warns once per store that the key is not protected by the OS keychain', () => {
    const onWarning = vi.fn<(message: string) => void>();
    const store = createFileKeyStore({ filePath: join(tempDir(), 'cache.key'), onWarning });
    store.loadOrCreateKey();
    store.loadOrCreateKey();
    expect(onWarning).toHaveBeenCalledOnce();
    expect(onWarning.mock.calls[0]?.[0]).toMatch(/not in the OS keychain/);
  });

  it('refuses a key file of the wrong length instead of replacing the key', () => {
    const filePath = join(tempDir(), 'cache.key');
    writeFileSync(filePath, Buffer.alloc(16, 7));
    expect(() => createFileKeyStore({ filePath }).loadOrCreateKey()).toThrow(/holds 16 bytes, not 32/);
    expect(readFileSync(filePath)).toEqual(Buffer.alloc(16, 7));
  });
});
