/**
 * Remembers which softphone is paired without keeping its token: only a keyed digest, sealed in a
 * private file with a key the OS key store guards, so a copied profile reveals no usable secret and
 * an edited file is read as "not paired" rather than trusted.
 */
import { hkdfSync, timingSafeEqual } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { createCacheCipher } from '../../cache/create-cache-cipher';
import type { CacheKeyStore } from '../../cache/key-store';
import { writeKeyFile } from '../../cache/write-key-file';
import { ensurePrivateFile } from '../../files/ensure-private-file';

/** The paired softphone as the rep sees it. */
export interface Pairing {
  readonly softphoneName: string;
  readonly pairedAt: string;
}

/** One paired softphone at a time; pairing another replaces it. */
export interface PairingStore {
  current(): Pairing | null;
  /** Whether `token` is the paired softphone's (compared in constant time). */
  matches(token: string): boolean;
  save(token: string, softphoneName: string, pairedAt: Date): void;
  forget(): void;
}

export interface PairingStoreOptions {
  /** A file in user data, e.g. `<userData>/softphone/pairing.bin` (written 0600). */
  readonly filePath: string;
  readonly keyStore: CacheKeyStore;
  readonly onWarning?: (message: string) => void;
}

const RecordSchema = z.object({ tokenDigest: z.string().min(1), softphoneName: z.string(), pairedAt: z.string() }).strict();
const AAD = Buffer.from('rep-console softphone pairing v1');

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

/** Creates the store; the key is loaded on first use, not at construction. */
export function createPairingStore(options: PairingStoreOptions): PairingStore {
  const { filePath } = options;
  let cipher: ReturnType<typeof createCacheCipher> | null = null;
  const cipherOf = () => {
    // A subkey of its own: the cache's key material never doubles as the pairing's.
    cipher ??= createCacheCipher(Buffer.from(hkdfSync('sha256', options.keyStore.loadOrCreateKey(), AAD, 'pairing', 32)));
    return cipher;
  };
  let loaded: z.infer<typeof RecordSchema> | null | undefined;

  function load(): z.infer<typeof RecordSchema> | null {
    if (loaded !== undefined) return loaded;
    let blob: Buffer;
    try {
      if (ensurePrivateFile(filePath) === 'tightened') options.onWarning?.(`The softphone pairing file ${filePath} was readable by other users; it is now private.`);
      blob = readFileSync(filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.onWarning?.(`The softphone pairing file could not be read: ${(error as Error).message}`);
      return (loaded = null);
    }
    const plain = cipherOf().open(blob, AAD);
    const record = plain ? RecordSchema.safeParse(parseJson(plain)) : null;
    if (!record?.success) {
      options.onWarning?.('The softphone pairing could not be unlocked (was the OS keychain reset?); pair the softphone again.');
      return (loaded = null);
    }
    return (loaded = record.data);
  }

  const digestOf = (token: string) => cipherOf().digest(`token:${token}`);

  return {
    current() {
      const record = load();
      return record ? { softphoneName: record.softphoneName, pairedAt: record.pairedAt } : null;
    },
    matches(token) {
      const record = load();
      if (!record) return false;
      const expected = Buffer.from(record.tokenDigest, 'base64');
      const actual = digestOf(token);
      return expected.length === actual.length && timingSafeEqual(expected, actual);
    },
    save(token, softphoneName, pairedAt) {
      const record = { tokenDigest: digestOf(token).toString('base64'), softphoneName, pairedAt: pairedAt.toISOString() };
      writeKeyFile(filePath, cipherOf().seal(Buffer.from(JSON.stringify(record)), AAD), 'replace');
      loaded = record;
    },
    forget() {
      rmSync(filePath, { force: true });
      loaded = null;
    },
  };
}
